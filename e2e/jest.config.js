module.exports = require('../jest.preset').project(__dirname, 'e2e', {
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
  testTimeout: 120000,
});
