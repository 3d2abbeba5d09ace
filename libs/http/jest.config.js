module.exports = require('../../jest.preset').project(__dirname, 'http', { testTimeout: 30000 });
