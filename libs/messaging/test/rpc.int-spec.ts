import type { NatsConnection, Subscription } from 'nats';
import {
  defineRpc,
  personenRegistrerenV1,
  type PersonenRegistrerenV1Reply,
  type PersonenRegistrerenV1Request,
} from '@vt/contracts';
import { connectTestNats, testMessagingEnv } from '@vt/testing';
import { OngeldigVerzoek, RpcClient, RpcError, RpcServer } from '../src';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const [verzoek] = personenRegistrerenV1.examples.request;
const [antwoord] = personenRegistrerenV1.examples.reply;
const GEHEIM = 'Geheimenaam';

describe('rpc: request/reply checked against its definition on both sides (contracts as the one source)', () => {
  let nc: NatsConnection;
  const cfg = { subjectPrefix: testMessagingEnv('rpc').VT_SUBJECT_PREFIX, service: 'privacy' as const };
  const subject = `${cfg.subjectPrefix}.rpc.privacy.personen.registreren`;
  let client: RpcClient;
  let server: RpcServer | undefined;
  let raw: Subscription | undefined;

  beforeAll(async () => {
    nc = await connectTestNats();
    client = new RpcClient(nc, cfg);
  });
  afterEach(async () => {
    await server?.stop();
    raw?.unsubscribe();
    server = raw = undefined;
  });
  afterAll(() => nc?.close());

  /** A callee that answers every request with `reply` and keeps what it received. */
  const rawCallee = (reply: unknown) => {
    const received: unknown[] = [];
    raw = nc.subscribe(subject, {
      callback: (_err, msg) => {
        received.push(JSON.parse(decoder.decode(msg.data)));
        msg.respond(encoder.encode(JSON.stringify(reply)));
      },
    });
    return received;
  };

  const serve = (handler: (req: PersonenRegistrerenV1Request) => Promise<PersonenRegistrerenV1Reply>) => {
    server = new RpcServer(nc, cfg);
    server.handle(personenRegistrerenV1, handler);
    return nc.flush();
  };

  it('a valid request reaches the handler as sent and its reply comes back typed', async () => {
    const seen: PersonenRegistrerenV1Request[] = [];
    await serve(async (req) => (seen.push(req), antwoord));
    const reply = await client.request(personenRegistrerenV1, verzoek);
    expect(reply).toEqual(antwoord);
    expect(seen).toEqual([verzoek]);
  });

  it('the server refuses a request off its schema with ongeldig-verzoek naming the fields, never the values, and the handler never runs', async () => {
    let calls = 0;
    await serve(async () => (calls++, antwoord));
    const bad = {
      ...verzoek,
      personen: [{ ...verzoek.personen[0], achternaam: ` ${GEHEIM} `, bsn: '99999001X' }],
    };
    const msg = await nc.request(subject, encoder.encode(JSON.stringify(bad)), { timeout: 5000 });
    const fout = (JSON.parse(decoder.decode(msg.data)) as { fout: { code: string; detail: string } }).fout;
    expect(fout.code).toBe('ongeldig-verzoek');
    expect(fout.detail).toContain('/personen/0/achternaam');
    expect(fout.detail).toContain('/personen/0/bsn');
    expect(fout.detail).not.toMatch(new RegExp(`${GEHEIM}|99999001X`));
    expect(calls).toBe(0);
  });

  it('the client refuses a request off its schema before it leaves the process, without its values', async () => {
    const received = rawCallee({ ok: antwoord });
    await nc.flush();
    const bad = { ...verzoek, personen: [{ ...verzoek.personen[0], voornaam: GEHEIM, rol: 'Ouder' }] };
    const refused = await client.request(personenRegistrerenV1, bad).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RpcError);
    expect(refused).toMatchObject({
      code: 'ongeldig-verzoek',
      detail: expect.stringContaining('/personen/0/rol'),
    });
    expect(String((refused as RpcError).message)).not.toContain(GEHEIM);
    await nc.flush();
    expect(received).toEqual([]);
  });

  it('the client refuses a reply that does not match the definition (ongeldig-antwoord), naming no value', async () => {
    rawCallee({ ok: { personen: [{ sleutel: 'huishouden.0', persoonRef: GEHEIM, match: 'nieuw' }] } });
    await nc.flush();
    await expect(client.request(personenRegistrerenV1, verzoek)).rejects.toMatchObject({
      code: 'ongeldig-antwoord',
      detail: '/personen/0/persoonRef must match format "uuid"',
    });
  });

  it("a handler's own refusal stays ongeldig-verzoek and any other failure is interne-fout, without its message", async () => {
    await serve(async (req) => {
      if (req.regio === 'VR09') throw new OngeldigVerzoek('personen: sleutel must be unique');
      throw new Error(`failed for ${GEHEIM}`);
    });
    await expect(client.request(personenRegistrerenV1, verzoek)).rejects.toMatchObject({
      code: 'ongeldig-verzoek',
      detail: 'personen: sleutel must be unique',
    });
    const elders = await client.request(personenRegistrerenV1, { ...verzoek, regio: 'VR17' }).catch((e) => e);
    expect(elders).toMatchObject({ code: 'interne-fout' });
    expect(String(elders.message)).not.toContain(GEHEIM);
  });

  it('a later version of an action is served on its own subject beside version 1', async () => {
    const v2 = defineRpc<{ verzoekId: string }, { versie: number }>({
      service: 'privacy',
      actie: 'personen.registreren',
      versie: 2,
      request: {
        type: 'object',
        additionalProperties: false,
        required: ['verzoekId'],
        properties: { verzoekId: { type: 'string', format: 'uuid' } },
      },
      reply: {
        type: 'object',
        additionalProperties: false,
        required: ['versie'],
        properties: { versie: { type: 'integer' } },
      },
      examples: { request: [{ verzoekId: verzoek.verzoekId }], reply: [{ versie: 2 }] },
    });
    server = new RpcServer(nc, cfg);
    server.handle(personenRegistrerenV1, async () => antwoord);
    server.handle(v2, async () => ({ versie: 2 }));
    await nc.flush();
    expect(await client.request(v2, { verzoekId: verzoek.verzoekId })).toEqual({ versie: 2 });
    expect(await client.request(personenRegistrerenV1, verzoek)).toEqual(antwoord);
  });
});
