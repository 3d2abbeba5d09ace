module.exports = require('../../jest.preset').project(__dirname, 'persistence', { testTimeout: 30000 });
