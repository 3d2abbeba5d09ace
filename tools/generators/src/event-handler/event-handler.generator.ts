import { join } from 'node:path';
import { formatFiles, generateFiles, type Tree } from '@nx/devkit';
import * as contracts from '@vt/contracts';
import { assertKebab, constantCase, pascalCase } from '../names';
import { PLATFORM_LIB } from '../platform';
import { templates } from '../templates';
import { registerHandler } from './handler-registration';

export interface EventHandlerOptions {
  service: string;
  name: string;
  event: string;
  concept?: string;
}

/** `nx g @vt/generators:event-handler <service> <name> --event <type>` (ADR 0016). */
export default async function eventHandlerGenerator(tree: Tree, o: EventHandlerOptions): Promise<void> {
  assertKebab('handler name', o.name);
  if (!/-when-[a-z0-9]/.test(o.name)) {
    throw new Error(`handler name '${o.name}' must read as a sentence: <effect>-when-<event>`);
  }
  const src = `services/${o.service}/src`;
  const modulePath = `${src}/${o.service}.module.ts`;
  if (!tree.exists(modulePath)) throw new Error(`${modulePath} does not exist: is '${o.service}' a service?`);
  const concept = conceptFolder(tree, src, o.concept);
  const definition = contracts.eventDefinition(o.event);
  if (!definition) {
    const known = contracts.EVENT_CATALOGUE.map((d) => d.type).join(', ');
    throw new Error(`${o.event} is not in the event catalogue of @vt/contracts (${known})`);
  }
  const eventConst = Object.entries(contracts).find(([, v]) => v === definition)?.[0];
  if (!eventConst) throw new Error(`${o.event} has no named export in @vt/contracts`);
  const className = pascalCase(o.name);
  const substitutions = {
    ...o,
    Service: pascalCase(o.service),
    SERVICE: constantCase(o.service),
    ClassName: className,
    eventType: o.event,
    eventConst,
    EventType: eventConst.charAt(0).toUpperCase() + eventConst.slice(1),
    sentence: o.name.replace(/-/g, ' '),
    label: o.name.replace(/[^a-z0-9]/g, '').slice(0, 16),
    platformLib: PLATFORM_LIB,
  };
  const files = join(templates(__dirname), 'files');
  generateFiles(tree, join(files, 'messaging'), `${src}/${concept}/messaging`, substitutions);
  generateFiles(tree, join(files, 'test'), `services/${o.service}/test`, substitutions);
  registerHandler(tree, modulePath, className, `./${concept}/messaging/${o.name}.handler`);
  await formatFiles(tree);
}

/** The concept folder that gets messaging/: the one given, or the service's only one. */
function conceptFolder(tree: Tree, src: string, given: string | undefined): string {
  const concepts = tree.children(src).filter((c) => c !== 'migrations' && !tree.isFile(`${src}/${c}`));
  if (given) {
    if (!concepts.includes(given))
      throw new Error(`${src}/${given} is not a concept folder (${concepts.join(', ')})`);
    return given;
  }
  if (concepts.length !== 1) {
    throw new Error(`${src} has the concept folders ${concepts.join(', ')}: choose one with --concept`);
  }
  return concepts[0];
}
