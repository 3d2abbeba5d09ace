module.exports = require('../../jest.preset').project(__dirname, 'assessment', { testTimeout: 30000 });
