import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

const frameworks = [
  '@nestjs/*',
  '@mikro-orm/*',
  'nats',
  'pg',
  'fastify',
  '@opentelemetry/*',
  'nestjs-pino',
  'pino',
];

const testKit = { group: ['@vt/testing'], message: '@vt/testing is for tests, e2e, bench and tools only' };

const domainPatterns = frameworks.map((group) => ({
  group: [group],
  message: 'domain/ imports no framework',
}));

// A use case and the protocol's rules know nothing of how a request or event arrives (issue 7 §1).
const transportFolders = {
  regex: '^\\.{1,2}/(.*/)?(http|messaging)(/|$)',
  message: 'use-cases/ and domain/ import nothing from http/ or messaging/: take a command, return a result',
};

/** ESLint keeps only the last matching `no-restricted-imports`, so each block lists all that apply to it. */
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const specs = ['**/*.spec.ts', '**/*.int-spec.ts'];

export default [
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.data/**',
      '**/.nx/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
    ],
  },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { project: ['./tsconfig.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          banTransitiveDependencies: false,
          depConstraints: [
            // @vt/testing is for tests: which files of a project may import it is the rule on src/ below.
            { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:lib', 'type:testing'] },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib', 'type:testing'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:lib', 'type:testing'] },
            { sourceTag: 'type:deploy', onlyDependOnLibsWithTags: ['type:lib', 'type:testing'] },
            { sourceTag: 'type:tools', onlyDependOnLibsWithTags: ['type:lib', 'type:testing'] },
            // The contracts are what every service and partner relies on: types and schemas, nothing else.
            { sourceTag: 'lib:contracts', onlyDependOnLibsWithTags: [], bannedExternalImports: frameworks },
            { sourceTag: 'scope:intake', onlyDependOnLibsWithTags: ['scope:intake', 'scope:shared'] },
            { sourceTag: 'scope:assessment', onlyDependOnLibsWithTags: ['scope:assessment', 'scope:shared'] },
            {
              sourceTag: 'scope:investigation',
              onlyDependOnLibsWithTags: ['scope:investigation', 'scope:shared'],
            },
            { sourceTag: 'scope:monitoring', onlyDependOnLibsWithTags: ['scope:monitoring', 'scope:shared'] },
            { sourceTag: 'scope:privacy', onlyDependOnLibsWithTags: ['scope:privacy', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  {
    // What runs in production never loads the test kit.
    files: ['libs/*/src/**/*.ts', 'services/*/src/**/*.ts'],
    ignores: ['libs/testing/**', ...specs],
    rules: restrict(testKit),
  },
  {
    files: ['services/*/src/**/use-cases/**/*.ts'],
    rules: restrict(transportFolders),
  },
  {
    files: ['services/*/src/**/use-cases/**/*.ts'],
    ignores: specs,
    rules: restrict(transportFolders, testKit),
  },
  {
    // Domain code holds the protocol's rules and nothing else: no framework, no I/O.
    files: ['**/domain/**/*.ts'],
    rules: restrict(...domainPatterns, transportFolders),
  },
  {
    files: ['**/domain/**/*.ts'],
    ignores: specs,
    rules: restrict(...domainPatterns, transportFolders, testKit),
  },
  {
    files: [
      'tools/**/*.ts',
      'bench/**/*.ts',
      'e2e/**/*.ts',
      '**/test/**/*.ts',
      '**/*.spec.ts',
      '**/*.int-spec.ts',
    ],
    rules: { 'no-console': 'off' },
  },
];
