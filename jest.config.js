// Every project's tests in one run; `npm test` wraps this with the infrastructure it needs.
module.exports = {
  testTimeout: 60_000,
  projects: [
    '<rootDir>/libs/*/jest.config.js',
    '<rootDir>/services/*/jest.config.js',
    '<rootDir>/deploy/jest.config.js',
    '<rootDir>/tools/generators/jest.config.js',
    '<rootDir>/e2e/jest.config.js',
  ],
};
