const config = require('../../jest.preset').project(__dirname, 'observability', { testTimeout: 30000 });
// The root .swcrc excludes *.spec.ts (for builds); @swc/jest must not read it or every suite fails to compile.
for (const [pattern, [transformer, options]] of Object.entries(config.transform)) {
  config.transform[pattern] = [transformer, { ...options, swcrc: false }];
}
module.exports = config;
