/**
 * Where the generators register a service and what the templates import: the single place to adapt when
 * a path or a lib's name changes (as when `@vt/http` became `@vt/platform`).
 */
export const PLATFORM_LIB = '@vt/platform';

export const PATHS = {
  processes: 'libs/testing/src/processes.ts',
  contracts: 'libs/contracts/src/event-definition.ts',
  compose: 'docker-compose.yml',
  kustomization: 'deploy/k8s/kustomization.yaml',
  secrets: 'deploy/k8s/secrets.example.yaml',
  eslint: 'eslint.config.mjs',
} as const;

/** The platform's default ports; the deploy tests hold compose and k8s to them. */
export const PORT_RANGE = { from: 3101, to: 3199 } as const;
