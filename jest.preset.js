// Shared Jest settings: SWC transform (with decorator metadata, which Nest and MikroORM need) and the @vt/* aliases.
const path = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replace('/', '\\/')}$`,
    path.join(__dirname, target),
  ]),
);

const swc = [
  '@swc/jest',
  {
    swcrc: false,
    sourceMaps: 'inline',
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

// content-disposition 2 (via @fastify/static 10, which Swagger on Fastify needs) ships only ESM.
const ESM_ONLY = ['content-disposition', '@fastify/static/node_modules/content-disposition'];

/** @param {string} dir project folder @param {string} name display name */
function project(dir, name, { testMatch, setupFiles = [], testTimeout } = {}) {
  return {
    displayName: name,
    rootDir: dir,
    testEnvironment: 'node',
    // TypeScript, plus the few ESM-only packages under node_modules (Jest cannot require ESM).
    transform: { '^.+\\.ts$': swc, '^.+/node_modules/.+\\.js$': swc },
    transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
    moduleFileExtensions: ['ts', 'js', 'json'],
    moduleNameMapper,
    testMatch: testMatch ?? ['<rootDir>/**/*.spec.ts', '<rootDir>/**/*.int-spec.ts'],
    setupFiles: [path.join(__dirname, 'jest.setup.js'), ...setupFiles],
    ...(testTimeout ? { testTimeout } : {}),
  };
}

module.exports = { project, moduleNameMapper };
