import * as contracts from './index';
import {
  defineEvent,
  defineRpc,
  EVENT_CATALOGUE,
  type EventDefinition,
  personenRegistrerenV1,
  RPC_CATALOGUE,
  type RpcDefinition,
  schemaViolations,
  wireSchema,
} from './index';

type AnyEvent = EventDefinition<unknown>;
type AnyRpc = RpcDefinition<unknown, unknown>;

type Schema = Record<string, unknown>;

/** Paths of the members a schema describes, `[]` for array items (an `anyOf` adds no path of its own). */
function schemaPaths(s: Schema, path = ''): string[] {
  const own = Object.entries((s.properties ?? {}) as Record<string, Schema>).flatMap(([k, p]) => [
    `${path}/${k}`,
    ...schemaPaths(p, `${path}/${k}`),
  ]);
  const items = s.items ? schemaPaths(s.items as Schema, `${path}/[]`) : [];
  const branches = ((s.anyOf ?? []) as Schema[]).flatMap((b) => schemaPaths(b, path));
  return [...own, ...items, ...branches];
}

function dataPaths(data: unknown, path = ''): string[] {
  if (Array.isArray(data)) return data.flatMap((d) => dataPaths(d, `${path}/[]`));
  if (typeof data !== 'object' || data === null) return [];
  return Object.entries(data).flatMap(([k, v]) => [`${path}/${k}`, ...dataPaths(v, `${path}/${k}`)]);
}

/**
 * What is wrong with the examples of these definitions: none, one that fails its schema, or a member of
 * the schema that no example shows. Examples are typed, so a shown member the type lacks fails typecheck:
 * together they tie every member of the schema to the type.
 */
function exampleProblems(events: readonly AnyEvent[], rpcs: readonly AnyRpc[]): string[] {
  const problems: string[] = [];
  const check = (name: string, schema: Schema, examples: readonly unknown[] | undefined) => {
    if (!examples?.length) return void problems.push(`${name}: no example`);
    examples.forEach((example, i) =>
      problems.push(...schemaViolations(schema, example).map((v) => `${name} example ${i}: ${v}`)),
    );
    const shown = new Set(examples.flatMap((e) => dataPaths(e)));
    for (const p of new Set(schemaPaths(schema)))
      if (!shown.has(p)) problems.push(`${name}: no example shows ${p}`);
  };
  for (const def of events) check(def.type, def.schema, def.examples);
  for (const def of rpcs) {
    check(`${def.action} v${def.versie} request`, def.request, def.examples?.request);
    check(`${def.action} v${def.versie} reply`, def.reply, def.examples?.reply);
  }
  return problems;
}

const isEvent = (x: unknown): x is AnyEvent =>
  typeof x === 'object' && x !== null && 'gebeurtenis' in x && 'schema' in x;
const isRpc = (x: unknown): x is AnyRpc =>
  typeof x === 'object' && x !== null && 'actie' in x && 'request' in x && 'reply' in x;

interface Voorbeeld {
  id: string;
  aantal: number;
  opmerking?: string;
}

describe('contracts as the one source: every event and RPC definition, its schema and its examples', () => {
  it('every definition the package exports is in its catalogue, so no definition escapes these checks', () => {
    const exported: unknown[] = Object.values(contracts);
    expect(exported.filter(isEvent).filter((d) => !EVENT_CATALOGUE.includes(d))).toEqual([]);
    expect(exported.filter(isRpc).filter((d) => !RPC_CATALOGUE.includes(d))).toEqual([]);
    expect(EVENT_CATALOGUE.length).toBeGreaterThan(0);
    expect(RPC_CATALOGUE.map((d) => d.action)).toEqual([
      'privacy.personen.registreren',
      'privacy.aantekeningen.vastleggen',
      'privacy.melding.vernietigen',
      'privacy.advies.registreren',
      'privacy.adviesvrager.vernietigen',
      'privacy.advies.vernietigen',
      'privacy.meldingbatch.bewaren',
      'privacy.meldingbatch.registreren',
      'privacy.meldingbatch.vastleggen',
    ]);
  });

  it('every event and every RPC request and reply has examples, and each one matches its schema', () => {
    expect(exampleProblems(EVENT_CATALOGUE, RPC_CATALOGUE)).toEqual([]);
  });

  it('reports a definition without examples, an example that fails its schema, a member no example shows', () => {
    const [event] = EVENT_CATALOGUE;
    const [rpc] = RPC_CATALOGUE;
    const zonder = { ...event, examples: [] } as unknown as AnyEvent;
    const fout = { ...event, examples: [{ ...(event.examples[0] as object), regio: 'VR99' }] } as AnyEvent;
    const rpcZonder = { ...rpc, examples: { request: rpc.examples.request } } as unknown as AnyRpc;
    const zonderNieuwDossier = personenRegistrerenV1.examples.reply.map(({ nieuwDossier: _, ...r }) => r);
    const rpcDeels = {
      ...rpc,
      examples: { ...rpc.examples, reply: zonderNieuwDossier },
    } as unknown as AnyRpc;
    expect(exampleProblems([zonder, fout], [rpcZonder, rpcDeels])).toEqual([
      `${event.type}: no example`,
      expect.stringMatching(new RegExp(`^${event.type} example 0: /regio must match pattern`)),
      'privacy.personen.registreren v1 reply: no example',
      ...[
        '',
        '/dossierId',
        '/aantekeningen',
        '/aantekeningen/[]/sleutel',
        '/aantekeningen/[]/aantekeningRef',
      ].map((p) => `privacy.personen.registreren v1 reply: no example shows /nieuwDossier${p}`),
    ]);
  });

  it('event schemas are closed and identical to what is enforced and published (no personal data fields)', () => {
    for (const def of EVENT_CATALOGUE) {
      expect({ type: def.type, open: def.schema.additionalProperties }).toEqual({
        type: def.type,
        open: false,
      });
      expect(JSON.stringify(def.schema)).not.toContain('nullable');
    }
  });

  it('an optional member is absent or valid, never null; a known member is required where the type says so', () => {
    const [request] = personenRegistrerenV1.examples.request;
    const [persoon] = request.personen;
    const paths = (data: unknown) => schemaViolations(personenRegistrerenV1.request, data);
    expect(paths(request)).toEqual([]);
    expect(paths({ ...request, personen: [{ ...persoon, bsn: undefined }] })).toEqual([]);
    expect(paths({ ...request, personen: [{ ...persoon, bsn: null }] })).toEqual([
      '/personen/0/bsn must be string',
    ]);
    expect(paths({ ...request, personen: [{ ...persoon, rol: undefined }] })).toEqual([
      "/personen/0 must have required property 'rol'",
    ]);
  });

  it('the vault takes texts trimmed and not empty, and names the field, never the value, of what it refuses', () => {
    const [request] = personenRegistrerenV1.examples.request;
    const [persoon] = request.personen;
    const refused = schemaViolations(personenRegistrerenV1.request, {
      ...request,
      personen: [{ ...persoon, achternaam: ' Geheimenaam ', voornaam: '   ', bsn: '12345678X' }],
      onbekend: 'Geheimewaarde',
    });
    expect(refused.map((r) => r.split(' ')[0]).sort()).toEqual([
      '/',
      '/personen/0/achternaam',
      '/personen/0/bsn',
      '/personen/0/voornaam',
    ]);
    expect(refused.join()).not.toMatch(/Geheim|12345678X/);
  });

  it('a schema that is open, or whose required list disagrees with the type, is refused where it is defined', () => {
    const properties = { id: { type: 'string' }, aantal: { type: 'integer' } };
    expect(() => wireSchema('open', { type: 'object', required: ['id', 'aantal'], properties })).toThrow(
      'contract open: schema / is an object without additionalProperties: false',
    );
    // ajv's type checks the names in `required`, not that every required member is listed.
    expect(() =>
      defineEvent<Voorbeeld>({
        service: 'intake',
        gebeurtenis: 'voorbeeld',
        versie: 1,
        schema: {
          type: 'object',
          additionalProperties: false,
          required: ['id'],
          properties: {
            id: { type: 'string' },
            aantal: { type: 'integer' },
            opmerking: { type: 'string', nullable: true },
          },
        },
        examples: [{ id: 'a', aantal: 1 }],
      }),
    ).toThrow('schema / lists aantal not as required');
  });

  it('a schema that does not describe its type fails typecheck (and, where it can, at definition)', () => {
    const definieer = (schema: unknown) => () =>
      defineRpc<Voorbeeld, Voorbeeld>({
        service: 'privacy',
        actie: 'voorbeeld.testen',
        request: schema as never,
        reply: schema as never,
        examples: { request: [{ id: 'a', aantal: 1 }], reply: [{ id: 'a', aantal: 1 }] },
      });
    const goed = {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'aantal'],
      properties: {
        id: { type: 'string' },
        aantal: { type: 'integer' },
        opmerking: { type: 'string', nullable: true },
      },
    } as const;
    expect(definieer(goed)).not.toThrow();

    // @ts-expect-error a member of the type is missing from the schema
    const zonderLid: contracts.ContractSchema<Voorbeeld> = {
      ...goed,
      properties: { id: goed.properties.id, opmerking: goed.properties.opmerking },
    };
    expect(definieer(zonderLid)).toThrow('requires aantal without describing it');

    // @ts-expect-error a member of another type than the type says
    const anderType: contracts.ContractSchema<Voorbeeld> = {
      ...goed,
      properties: { ...goed.properties, aantal: { type: 'string' } },
    };
    const metAnderType = definieer(anderType)();
    expect(schemaViolations(metAnderType.request, { id: 'a', aantal: 1 })).toEqual([
      '/aantal must be string',
    ]);

    // ajv's type lets an optional member the type lacks through; an example must show it, and cannot.
    const extraLid: contracts.ContractSchema<Voorbeeld> = {
      ...goed,
      properties: { ...goed.properties, extra: { type: 'string', nullable: true } },
    };
    const metExtra = definieer(extraLid)();
    expect(exampleProblems([], [metExtra])).toEqual([
      'privacy.voorbeeld.testen v1 request: no example shows /opmerking',
      'privacy.voorbeeld.testen v1 request: no example shows /extra',
      'privacy.voorbeeld.testen v1 reply: no example shows /opmerking',
      'privacy.voorbeeld.testen v1 reply: no example shows /extra',
    ]);
    // @ts-expect-error a member the type does not have
    const toont: Voorbeeld = { id: 'a', aantal: 1, opmerking: 'b', extra: 'c' };
    expect(schemaViolations(metExtra.request, toont)).toEqual([]);
  });

  it('an RPC action is <service>.<noun>.<verb>, version 1 unless it says otherwise', () => {
    expect(personenRegistrerenV1).toMatchObject({
      service: 'privacy',
      actie: 'personen.registreren',
      versie: 1,
      action: 'privacy.personen.registreren',
    });
    const schema = { type: 'object', additionalProperties: false, required: [], properties: {} } as const;
    expect(() =>
      defineRpc<Record<string, never>, Record<string, never>>({
        service: 'privacy',
        actie: 'registreren',
        request: schema,
        reply: schema,
        examples: { request: [{}], reply: [{}] },
      }),
    ).toThrow('actie is <noun>.<verb>');
  });
});
