module.exports = require('../../jest.preset').project(__dirname, 'testing', { testTimeout: 30000 });
