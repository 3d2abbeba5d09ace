module.exports = require('../../jest.preset').project(__dirname, 'platform', { testTimeout: 30000 });
