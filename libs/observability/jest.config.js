module.exports = require('../../jest.preset').project(__dirname, 'observability', { testTimeout: 30000 });
