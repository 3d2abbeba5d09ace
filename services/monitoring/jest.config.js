module.exports = require('../../jest.preset').project(__dirname, 'monitoring', { testTimeout: 30000 });
