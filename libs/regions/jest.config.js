module.exports = require('../../jest.preset').project(__dirname, 'regions', { testTimeout: 30000 });
