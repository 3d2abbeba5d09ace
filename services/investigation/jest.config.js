module.exports = require('../../jest.preset').project(__dirname, 'investigation', { testTimeout: 30000 });
