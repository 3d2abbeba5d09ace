module.exports = require('../../jest.preset').project(__dirname, 'privacy', { testTimeout: 30000 });
