module.exports = require('../../jest.preset').project(__dirname, 'contracts', { testTimeout: 30000 });
