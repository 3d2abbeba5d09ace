/** The services that publish events; the second segment of every subject and of `source`. */
export const SERVICES = ['intake', 'assessment', 'investigation', 'monitoring', 'privacy'] as const;
export type ServiceNaam = (typeof SERVICES)[number];

/** A JSON schema as plain data; event schemas are closed (`additionalProperties: false`). */
export type JsonSchema = Record<string, unknown>;

/** One version of one event: its CloudEvents `type`, the subject segment, and the schema of `data`. */
export interface EventDefinition<TData> {
  readonly service: ServiceNaam;
  readonly gebeurtenis: string;
  readonly versie: number;
  /** CloudEvents type, e.g. `nl.veiligthuis.intake.melding-ontvangen.v1`. */
  readonly type: string;
  readonly schema: JsonSchema;
  /** Phantom field so that the data type travels with the definition. */
  readonly _data?: TData;
}

export function defineEvent<TData>(def: {
  service: ServiceNaam;
  gebeurtenis: string;
  versie: number;
  schema: JsonSchema;
}): EventDefinition<TData> {
  return { ...def, type: `nl.veiligthuis.${def.service}.${def.gebeurtenis}.v${def.versie}` };
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

// Reusable schema fragments: identifiers, codes, dates and booleans only (contract §4).
export const uuid = { type: 'string', format: 'uuid' } as const;
export const regio = { type: 'string', pattern: '^VR(0[1-9]|1[0-9]|2[0-5])$' } as const;
export const instant = { type: 'string', format: 'date-time' } as const;
export const datum = { type: 'string', format: 'date' } as const;
export const code = (values: readonly string[]) => ({ type: 'string', enum: [...values] }) as const;
