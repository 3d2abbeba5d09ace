import type { Tree } from '@nx/devkit';
import { isScalar, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { appendToDeclared, readText } from '../literals';
import { PATHS } from '../platform';

export interface ServiceRegistration {
  name: string;
  port: number;
}

/**
 * Every list of services outside the service's own folder. Everything else derives from these: the
 * Dockerfile, e2e/deploy (implicit dependencies by tag), `npm start`, the e2e platform and the deploy tests.
 */
export function registerService(tree: Tree, s: ServiceRegistration): void {
  appendToDeclared(tree, PATHS.processes, 'SERVICE_NAMES', `'${s.name}'`);
  appendToDeclared(tree, PATHS.processes, 'DEFAULT_PORTS', `${s.name}: ${s.port}`);
  appendToDeclared(tree, PATHS.contracts, 'SERVICES', `'${s.name}'`);
  registerInCompose(tree, s);
  registerInKustomization(tree, s);
  registerInSecretsExample(tree, s);
  registerScopeConstraint(tree, s);
}

function registerInCompose(tree: Tree, { name, port }: ServiceRegistration): void {
  const text = readText(tree, PATHS.compose);
  const at = text.search(/^volumes:$/m);
  if (at < 0) throw new Error(`${PATHS.compose}: no top-level volumes: to add ${name} before`);
  const block = `  ${name}:
    <<: *app
    build:
      context: .
      dockerfile: deploy/Dockerfile
      args:
        SERVICE: ${name}
    image: veilig-thuis/${name}:\${VT_IMAGE_TAG:-dev}
    environment:
      <<: *app-environment
      PORT: '${port}'
      OTEL_SERVICE_NAME: ${name}
    ports:
      - '127.0.0.1:${port}:${port}'

`;
  tree.write(PATHS.compose, `${text.slice(0, at)}${block}${text.slice(at)}`);
}

function registerInKustomization(tree: Tree, { name }: ServiceRegistration): void {
  const doc = parseDocument(readText(tree, PATHS.kustomization));
  (doc.get('resources') as YAMLSeq).add(`${name}.yaml`);
  (doc.get('images') as YAMLSeq).add(
    doc.createNode({
      name: `veilig-thuis/${name}`,
      newName: `registry.veiligthuis.example/veilig-thuis/${name}`,
      newTag: '0.1.0',
    }),
  );
  tree.write(PATHS.kustomization, doc.toString());
}

function registerInSecretsExample(tree: Tree, { name }: ServiceRegistration): void {
  const doc = parseDocument(readText(tree, PATHS.secrets));
  const data = doc.get('stringData') as YAMLMap;
  // Beside the other database URLs, not after the vault's keys.
  const last = data.items.findLastIndex(
    (p) => isScalar(p.key) && String(p.key.value).endsWith('-database-url'),
  );
  const url = `postgres://vt_${name}:REPLACE_ME@vt-postgres-rw:5432/vt?sslmode=require`;
  data.items.splice(last + 1, 0, doc.createPair(`${name}-database-url`, url));
  tree.write(PATHS.secrets, doc.toString());
}

function registerScopeConstraint(tree: Tree, { name }: ServiceRegistration): void {
  const text = readText(tree, PATHS.eslint);
  const anchor = "{ sourceTag: 'scope:shared'";
  const at = text.indexOf(anchor);
  if (at < 0) throw new Error(`${PATHS.eslint}: no scope:shared constraint to add scope:${name} before`);
  const constraint = `{ sourceTag: 'scope:${name}', onlyDependOnLibsWithTags: ['scope:${name}', 'scope:shared'] },\n            `;
  tree.write(PATHS.eslint, `${text.slice(0, at)}${constraint}${text.slice(at)}`);
}
