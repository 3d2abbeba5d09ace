// prettier-ignore
module.exports = require('../jest.preset').project(__dirname, 'deploy', { testMatch: ['<rootDir>/test/**/*.spec.ts'] });
