module.exports = require('../../jest.preset').project(__dirname, 'generators', { testTimeout: 120000 });
