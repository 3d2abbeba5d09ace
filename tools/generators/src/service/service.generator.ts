import { join } from 'node:path';
import { formatFiles, generateFiles, type Tree } from '@nx/devkit';
import { declaredLiteral, declaredStrings, parse, readText } from '../literals';
import { assertKebab, constantCase, pascalCase, snakeCase } from '../names';
import { PATHS, PLATFORM_LIB, PORT_RANGE } from '../platform';
import { templates } from '../templates';
import { registerService } from './register-service';

export interface ServiceOptions {
  name: string;
  port: number;
  description: string;
  concept: string;
  entity: string;
}

/** `nx g @vt/generators:service <name> --port … --description … --concept … --entity …` (ADR 0016). */
export default async function serviceGenerator(tree: Tree, options: ServiceOptions): Promise<void> {
  const o = {
    ...options,
    port: Number(options.port),
    description: (options.description ?? '').replace(/\s+/g, ' ').trim(),
  };
  assertNewService(tree, o);
  generateFiles(tree, join(templates(__dirname), 'files'), '.', {
    ...o,
    Name: pascalCase(o.name),
    NAME: constantCase(o.name),
    Concept: pascalCase(o.concept),
    Entity: pascalCase(o.entity),
    table: snakeCase(o.entity),
    migration: `Migration${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}`,
    platformLib: PLATFORM_LIB,
    descriptionLiteral: o.description.replace(/\\/g, '\\\\').replace(/'/g, "\\'"),
    descriptionComment: o.description.replace(/\*\//g, '* /'),
  });
  registerService(tree, o);
  await formatFiles(tree);
}

function assertNewService(tree: Tree, o: ServiceOptions): void {
  if (!/^[a-z][a-z0-9]*$/.test(o.name)) {
    throw new Error(`service name '${o.name}' must be lower-case letters and digits (it is also its schema)`);
  }
  assertKebab('concept', o.concept);
  assertKebab('entity', o.entity);
  if (!o.description) throw new Error('--description is required: what the phase does, for its OpenAPI');
  if (tree.exists(`services/${o.name}`)) throw new Error(`services/${o.name} exists already`);
  if (declaredStrings(tree, PATHS.processes, 'SERVICE_NAMES').includes(o.name)) {
    throw new Error(`${o.name} is listed in ${PATHS.processes} already`);
  }
  if (!Number.isInteger(o.port) || o.port < PORT_RANGE.from || o.port > PORT_RANGE.to) {
    throw new Error(`--port must be an integer in ${PORT_RANGE.from}–${PORT_RANGE.to}`);
  }
  const ports = declaredLiteral(parse(PATHS.processes, readText(tree, PATHS.processes)), 'DEFAULT_PORTS');
  if (ports && new RegExp(`:\\s*${o.port}\\b`).test(ports.getText())) {
    throw new Error(`port ${o.port} belongs to another service (${PATHS.processes})`);
  }
}
