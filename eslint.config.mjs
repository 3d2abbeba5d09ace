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

// A use case and the protocol's rules know nothing of how a request or event arrives (issue 7 §1).
const transportFolders = {
  regex: '^\\.{1,2}/(.*/)?(http|messaging)(/|$)',
  message: 'use-cases/ and domain/ import nothing from http/ or messaging/: take a command, return a result',
};

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
            { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:lib'] },
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
    // Domain code holds the protocol's rules and nothing else: no framework, no I/O.
    files: ['**/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...frameworks.map((group) => ({ group: [group], message: 'domain/ imports no framework' })),
            transportFolders,
          ],
        },
      ],
    },
  },
  {
    files: ['services/*/src/**/use-cases/**/*.ts'],
    // The vault's use cases get their commands in the privacy part of issue 7; that change drops this line.
    ignores: ['services/privacy/src/kluis/use-cases/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [transportFolders] }] },
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
