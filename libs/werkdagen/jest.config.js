module.exports = require('../../jest.preset').project(__dirname, 'werkdagen', { testTimeout: 30000 });
