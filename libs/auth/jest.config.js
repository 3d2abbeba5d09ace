module.exports = require('../../jest.preset').project(__dirname, 'auth', { testTimeout: 30000 });
