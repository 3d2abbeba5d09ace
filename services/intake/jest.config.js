module.exports = require('../../jest.preset').project(__dirname, 'intake', { testTimeout: 30000 });
