module.exports = require('../../jest.preset').project(__dirname, 'messaging', { testTimeout: 30000 });
