import { type ContractSchema, type JsonSchema, wireSchema } from './json-schema';

/** The services that publish events; the second segment of every subject and of `source`. */
export const SERVICES = ['intake', 'assessment', 'investigation', 'monitoring', 'privacy'] as const;
export type ServiceNaam = (typeof SERVICES)[number];

/** At least one: a definition without an example does not typecheck (and fails the contract spec). */
export type Examples<T> = readonly [T, ...T[]];

/** One version of one event: its CloudEvents `type`, the subject segment, and the schema of `data`. */
export interface EventDefinition<TData> {
  readonly service: ServiceNaam;
  readonly gebeurtenis: string;
  readonly versie: number;
  /** CloudEvents type, e.g. `nl.veiligthuis.intake.melding-ontvangen.v1`. */
  readonly type: string;
  /** The closed schema of `data` as enforced by the bus guard and published in AsyncAPI. */
  readonly schema: JsonSchema;
  /** Fictitious `data` payloads, parsed by the contract spec and shown in AsyncAPI. */
  readonly examples: Examples<TData>;
}

/** The schema is typed from `TData`, so the type and the schema cannot diverge. */
export function defineEvent<TData>(def: {
  service: ServiceNaam;
  gebeurtenis: string;
  versie: number;
  schema: ContractSchema<TData>;
  examples: Examples<TData>;
}): EventDefinition<TData> {
  const type = `nl.veiligthuis.${def.service}.${def.gebeurtenis}.v${def.versie}`;
  return { ...def, type, schema: wireSchema(type, def.schema) };
}

export type EventData<D> = D extends EventDefinition<infer T> ? T : never;

/** `vt.<regio>.<service>.<gebeurtenis>` (contract §4); the prefix is configurable for test isolation. */
export function eventSubject(
  prefix: string,
  regio: string,
  service: ServiceNaam,
  gebeurtenis: string,
): string {
  return `${prefix}.${regio}.${service}.${gebeurtenis}`;
}

/** `urn:vt:<regio>:<service>` (contract §4). */
export function eventSource(regio: string, service: ServiceNaam): string {
  return `urn:vt:${regio}:${service}`;
}
