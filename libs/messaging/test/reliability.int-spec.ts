import { randomUUID } from 'node:crypto';
import { Entity, type EntityManager, PrimaryKey, Property } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { context, propagation, trace } from '@opentelemetry/api';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import {
  AckPolicy,
  type ConsumerConfig,
  type ConsumerInfo,
  DeliverPolicy,
  headers as natsHeaders,
  nanos,
  type NatsConnection,
} from 'nats';
import { type MeldingOntvangenV1, meldingOntvangenV1 } from '@vt/contracts';
import { withSpan } from '@vt/observability';
import { serviceOrmConfig, type SqlTransactie } from '@vt/persistence';
import {
  connectTestNats,
  createTestDatabase,
  deleteTestStreams,
  query,
  readStream,
  type TestDatabase,
  testMeldingOntvangen,
  testMessagingEnv,
  until,
} from '@vt/testing';
import {
  eersteLeesmoment,
  type EventHandler,
  JetStreamConsumer,
  MESSAGING_ENTITIES,
  messagingConfigFromEnv,
  messagingTablesSql,
  Nats,
  Outbox,
  OutboxCommitSubscriber,
  OutboxRelay,
  type ReceivedEvent,
  type SqlEventHandler,
} from '../src';

@Entity({ tableName: 'effect' })
class Effect {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid' }) meldingId!: string;
}

const SCHEMA = 'reltest';

const melding = () => testMeldingOntvangen();

describe('messaging: outbox, inbox, dead letters (architecture.md, "nothing lost, nothing twice")', () => {
  let db: TestDatabase;
  let orm: MikroORM;
  let nats: Nats;
  let raw: NatsConnection;
  const env = testMessagingEnv('rel');
  const cfg = messagingConfigFromEnv('intake', {
    ...process.env,
    ...env,
    VT_MAX_DELIVER: '3',
    VT_ACK_WAIT_SECONDS: '2',
  });
  const assessmentCfg = { ...cfg, service: 'assessment' as const };
  const outbox = new Outbox(cfg);

  beforeAll(async () => {
    db = await createTestDatabase('messaging');
    orm = await MikroORM.init(
      serviceOrmConfig({
        schema: SCHEMA,
        entities: [...MESSAGING_ENTITIES, Effect],
        migrations: [],
        databaseUrl: db.url,
      }),
    );
    const conn = orm.em.getConnection();
    await conn.execute(`create schema "${SCHEMA}"`);
    for (const sql of messagingTablesSql(SCHEMA)) await conn.execute(sql);
    await conn.execute(
      `create table "${SCHEMA}"."effect" ("id" uuid primary key, "melding_id" uuid not null)`,
    );
    nats = await Nats.connect(cfg);
    raw = await connectTestNats();
  });

  afterAll(async () => {
    await nats?.nc.close();
    await raw?.close();
    await orm?.close(true);
    await deleteTestStreams(env.VT_STREAM);
    await db?.drop();
  });

  async function writeEvent(data: MeldingOntvangenV1): Promise<string> {
    let id = '';
    await orm.em.fork().transactional(async (em) => {
      id = outbox.add(em, meldingOntvangenV1, { regio: data.regio, subject: data.dossierId, data }).id;
    });
    return id;
  }

  async function onStream(eventId: string): Promise<number> {
    return (await readStream(env.VT_STREAM)).filter((m) => JSON.parse(m.data).id === eventId).length;
  }

  it('publishes an event committed while the relay was down once the relay starts, exactly once', async () => {
    const id = await writeEvent(melding());
    expect(await onStream(id)).toBe(0);
    const relay = new OutboxRelay(orm, nats.js, SCHEMA, { intervalMs: 50 });
    relay.start();
    await until(async () => (await onStream(id)) === 1);
    await relay.stop();
    const [row] = await query<{ published_at: Date | null }>(
      db.url,
      `select published_at from "${SCHEMA}"."outbox" where id = $1`,
      [id],
    );
    expect(row.published_at).not.toBeNull();
  });

  it('an idle relay polls ever more rarely, and still publishes a row committed without a kick', async () => {
    const relay = new OutboxRelay(orm, nats.js, SCHEMA, { intervalMs: 50 });
    relay.start();
    await new Promise((r) => setTimeout(r, 300));
    const pool = orm.em.getConnection().getKnex().client as { acquireConnection(): Promise<unknown> };
    const acquired = jest.spyOn(pool, 'acquireConnection');
    try {
      await new Promise((r) => setTimeout(r, 2000));
      // Polling every 50 ms would take a connection 40 times; backing off to 500 ms takes it a few times.
      expect(acquired.mock.calls.length).toBeLessThanOrEqual(8);
      const id = await writeEvent(melding());
      await until(async () => (await onStream(id)) === 1);
    } finally {
      acquired.mockRestore();
      await relay.stop();
    }
  });

  it('a relay that crashed between publish and marking sent republishes, and the stream keeps one copy', async () => {
    const id = await writeEvent(melding());
    const crashing = new OutboxRelay(orm, nats.js, SCHEMA, {
      intervalMs: 50,
      afterPublish: () => {
        throw new Error('crash after publish');
      },
    });
    await expect(crashing.drain()).rejects.toThrow('crash after publish');
    expect(await onStream(id)).toBe(1);
    const [row] = await query<{ published_at: Date | null }>(
      db.url,
      `select published_at from "${SCHEMA}"."outbox" where id = $1`,
      [id],
    );
    expect(row.published_at).toBeNull();

    const restarted = new OutboxRelay(orm, nats.js, SCHEMA, { intervalMs: 50 });
    expect(await restarted.drain()).toBeGreaterThanOrEqual(1);
    expect(await onStream(id)).toBe(1);
  });

  it("the stream carries CloudEvents 1.0 with Nats-Msg-Id = event id, the writer's traceparent as the CloudEvents tracing extension and as a NATS header, and data of codes only", async () => {
    const data = melding();
    // A tracer provider with the context manager services get from the SDK, so the writer has an active span.
    const provider = new NodeTracerProvider();
    provider.register();
    let id = '';
    let traceparent = '';
    try {
      await withSpan('schrijf', {}, async (span) => {
        const { traceId, spanId } = span.spanContext();
        traceparent = `00-${traceId}-${spanId}-01`;
        id = await writeEvent(data);
      });
    } finally {
      await provider.shutdown();
      trace.disable();
      context.disable();
      propagation.disable();
    }
    await new OutboxRelay(orm, nats.js, SCHEMA, { intervalMs: 50 }).drain();
    const msg = (await readStream(env.VT_STREAM)).find((m) => JSON.parse(m.data).id === id);
    expect(msg?.subject).toBe(`${env.VT_SUBJECT_PREFIX}.VR09.intake.melding-ontvangen`);
    expect(msg?.headers['Nats-Msg-Id']).toBe(id);
    expect(msg?.headers.traceparent).toBe(traceparent);
    const ce = JSON.parse(msg?.data ?? '{}');
    expect(ce).toMatchObject({
      specversion: '1.0',
      id,
      source: 'urn:vt:VR09:intake',
      type: 'nl.veiligthuis.intake.melding-ontvangen.v1',
      subject: data.dossierId,
      datacontenttype: 'application/json',
      traceparent,
    });
    expect(ce.data).toEqual(data);
  });

  it('publishes the events of one file in the order they were written, beside other files', async () => {
    const dossierA = randomUUID();
    const dossierB = randomUUID();
    const geschreven: { dossierId: string; meldingId: string }[] = [];
    await orm.em.fork().transactional(async (em) => {
      for (const dossierId of [dossierA, dossierB, dossierA, dossierB, dossierA, dossierA]) {
        const data = { ...melding(), dossierId };
        outbox.add(em, meldingOntvangenV1, { regio: data.regio, subject: dossierId, data });
        geschreven.push({ dossierId, meldingId: data.meldingId });
      }
    });
    await new OutboxRelay(orm, nats.js, SCHEMA, { intervalMs: 50 }).drain();
    const gepubliceerd = (await readStream(env.VT_STREAM)).map(
      (m) => (JSON.parse(m.data) as { data: MeldingOntvangenV1 }).data,
    );
    for (const dossierId of [dossierA, dossierB]) {
      expect(gepubliceerd.filter((d) => d.dossierId === dossierId).map((d) => d.meldingId)).toEqual(
        geschreven.filter((g) => g.dossierId === dossierId).map((g) => g.meldingId),
      );
    }
  });

  it('relays of one schema (replicas) take turns: the second waits for the first batch to commit, so a file keeps its order', async () => {
    const dossierId = randomUUID();
    const eerste = await writeEvent({ ...melding(), dossierId });
    let loslaten!: () => void;
    const vast = new Promise<void>((r) => (loslaten = r));
    let gepubliceerd!: () => void;
    const eersteGepubliceerd = new Promise<void>((r) => (gepubliceerd = r));
    const a = new OutboxRelay(orm, nats.js, SCHEMA, {
      intervalMs: 50,
      afterPublish: async () => {
        gepubliceerd();
        await vast;
      },
    });
    const drainA = a.drain();
    await eersteGepubliceerd;
    // The first relay holds its batch (published, not yet marked); the file's next event is committed now.
    const tweede = await writeEvent({ ...melding(), dossierId });
    const drainB = new OutboxRelay(orm, nats.js, SCHEMA, { intervalMs: 50 }).drain();
    try {
      await new Promise((r) => setTimeout(r, 300));
      expect(await onStream(tweede)).toBe(0);
    } finally {
      loslaten();
      await Promise.all([drainA, drainB]);
    }
    const volgorde = (await readStream(env.VT_STREAM))
      .map((m) => (JSON.parse(m.data) as { id: string }).id)
      .filter((id) => id === eerste || id === tweede);
    expect(volgorde).toEqual([eerste, tweede]);
  });

  it('kicks the relay once per committed transaction that wrote outbox rows, also when they overlap', async () => {
    let kicks = 0;
    orm.em.getEventManager().registerSubscriber(new OutboxCommitSubscriber(() => kicks++));
    let beideGeflusht!: () => void;
    const geflusht = new Promise<void>((r) => {
      let n = 0;
      beideGeflusht = () => {
        if (++n === 2) r();
      };
    });
    // Both flush before either commits: one commit must not take the other's kick along.
    const schrijf = () =>
      orm.em.fork().transactional(async (em) => {
        const data = melding();
        outbox.add(em, meldingOntvangenV1, { regio: data.regio, subject: data.dossierId, data });
        await em.flush();
        beideGeflusht();
        await geflusht;
      });
    await Promise.all([schrijf(), schrijf()]);
    expect(kicks).toBe(2);
  });

  describe('consumer', () => {
    let handled: string[] = [];
    let failNext = 0;
    let crashBeforeAck = false;

    const handler: EventHandler<MeldingOntvangenV1> = {
      name: 'test-effect',
      event: meldingOntvangenV1,
      async handle(em: EntityManager, event: ReceivedEvent<MeldingOntvangenV1>) {
        if (failNext > 0) {
          failNext--;
          throw new Error('transient failure');
        }
        handled.push(event.data.meldingId);
        em.persist(em.create(Effect, { id: randomUUID(), meldingId: event.data.meldingId }));
        await em.flush();
      },
    };

    async function effects(meldingId: string): Promise<number> {
      const rows = await query(db.url, `select 1 from "${SCHEMA}"."effect" where melding_id = $1`, [
        meldingId,
      ]);
      return rows.length;
    }

    let consumer: JetStreamConsumer<MeldingOntvangenV1>;
    beforeAll(async () => {
      consumer = new JetStreamConsumer(assessmentCfg, orm, nats.js, nats.jsm, handler, {
        startVanaf: () => eersteLeesmoment(30),
      });
      // The "kill before ack" case: the effect commits, then the process dies before the ack.
      const process = (
        consumer as unknown as { handleOnce: (e: ReceivedEvent<MeldingOntvangenV1>) => Promise<void> }
      ).handleOnce.bind(consumer);
      (
        consumer as unknown as { handleOnce: (e: ReceivedEvent<MeldingOntvangenV1>) => Promise<void> }
      ).handleOnce = async (e) => {
        await process(e);
        if (crashBeforeAck) {
          crashBeforeAck = false;
          throw new Error('killed before ack');
        }
      };
      await consumer.start();
    });
    afterAll(async () => consumer.stop());
    beforeEach(() => {
      handled = [];
    });

    it('handles an event once', async () => {
      const data = melding();
      await writeEvent(data);
      await new OutboxRelay(orm, nats.js, SCHEMA, { intervalMs: 50 }).drain();
      await until(async () => (await effects(data.meldingId)) === 1);
      // Events written by the tests above arrive too (the consumer starts 30 days back); this one once.
      expect(handled.filter((id) => id === data.meldingId)).toHaveLength(1);
    });

    it('an event redelivered after the effect committed but before the ack has its effect once', async () => {
      const data = melding();
      crashBeforeAck = true;
      await writeEvent(data);
      await new OutboxRelay(orm, nats.js, SCHEMA, { intervalMs: 50 }).drain();
      await until(async () => {
        const rows = await query(db.url, `select 1 from "${SCHEMA}"."inbox" where consumer = $1`, [
          'assessment-test-effect',
        ]);
        return rows.length > 0 && !crashBeforeAck;
      });
      // Redelivery happens after the nak delay; the inbox turns it into an ack without a second effect.
      await new Promise((r) => setTimeout(r, 1500));
      expect(await effects(data.meldingId)).toBe(1);
      expect(handled.filter((id) => id === data.meldingId)).toHaveLength(1);
    });

    it('retries a transient failure with backoff and then succeeds', async () => {
      const data = melding();
      failNext = 1;
      await writeEvent(data);
      await new OutboxRelay(orm, nats.js, SCHEMA, { intervalMs: 50 }).drain();
      await until(async () => (await effects(data.meldingId)) === 1);
      expect(failNext).toBe(0);
    });

    it('sends a malformed event to the dead-letter subject and carries on with the next', async () => {
      const h = natsHeaders();
      const bad = JSON.stringify({
        specversion: '1.0',
        id: randomUUID(),
        type: meldingOntvangenV1.type,
        source: 'x',
        data: { meldingId: 'nope' },
      });
      await nats.js.publish(`${env.VT_SUBJECT_PREFIX}.VR09.intake.melding-ontvangen`, bad, { headers: h });
      await nats.js.publish(`${env.VT_SUBJECT_PREFIX}.VR09.intake.melding-ontvangen`, 'not json at all');
      const good = melding();
      await writeEvent(good);
      await new OutboxRelay(orm, nats.js, SCHEMA, { intervalMs: 50 }).drain();
      await until(async () => (await effects(good.meldingId)) === 1);
      const dead = await until(async () => {
        const msgs = await readStream(`${env.VT_STREAM}_DLQ`);
        return msgs.length >= 2 ? msgs : undefined;
      });
      expect(dead.map((m) => m.subject)).toEqual([
        `${env.VT_SUBJECT_PREFIX}-dlq.assessment.test-effect`,
        `${env.VT_SUBJECT_PREFIX}-dlq.assessment.test-effect`,
      ]);
      expect(dead[0].headers['Vt-Dlq-Reason']).toMatch(/does not match/);
      expect(dead[1].headers['Vt-Dlq-Reason']).toMatch(/not JSON/);
    });

    it('gives up after the last delivery and dead-letters the event', async () => {
      const data = melding();
      failNext = 3;
      await writeEvent(data);
      await new OutboxRelay(orm, nats.js, SCHEMA, { intervalMs: 50 }).drain();
      const dead = await until(async () => {
        const msgs = await readStream(`${env.VT_STREAM}_DLQ`);
        const m = msgs.find((x) => x.data.includes(data.meldingId));
        return m;
      }, 20_000);
      expect(dead.headers['Vt-Dlq-Reason']).toMatch(/gave up after 3 deliveries/);
      expect(await effects(data.meldingId)).toBe(0);
    });

    it('reports its fetch loop as ended once stopped, which readiness turns into "down"', async () => {
      expect(consumer.isRunning()).toBe(true);
      await consumer.stop();
      expect(consumer.isRunning()).toBe(false);
    });
  });

  describe('consumer of a hot-path handler writing SQL (ADR 0012 rule 3(b))', () => {
    // Only the test's own event fails: the consumer also reads the events of the tests before it.
    const failAfterWrite = new Set<string>();
    const handled: string[] = [];
    const handler: SqlEventHandler<MeldingOntvangenV1> = {
      name: 'test-sql-effect',
      event: meldingOntvangenV1,
      transactie: 'sql',
      async handle(tx: SqlTransactie, event: ReceivedEvent<MeldingOntvangenV1>) {
        await tx.query(`insert into "${SCHEMA}"."effect" (id, melding_id) values ($1, $2)`, [
          randomUUID(),
          event.data.meldingId,
        ]);
        if (failAfterWrite.delete(event.data.meldingId)) {
          throw new Error('transient failure after the write');
        }
        handled.push(event.data.meldingId);
      },
    };
    let consumer: JetStreamConsumer<MeldingOntvangenV1>;
    beforeAll(async () => {
      consumer = new JetStreamConsumer(assessmentCfg, orm, nats.js, nats.jsm, handler, {
        startVanaf: () => eersteLeesmoment(30),
      });
      await consumer.start();
    });
    afterAll(async () => consumer.stop());

    async function effectsAndInbox(meldingId: string, eventId: string): Promise<[number, number]> {
      const effects = await query(db.url, `select 1 from "${SCHEMA}"."effect" where melding_id = $1`, [
        meldingId,
      ]);
      const inbox = await query(
        db.url,
        `select 1 from "${SCHEMA}"."inbox" where consumer = 'assessment-test-sql-effect' and event_id = $1`,
        [eventId],
      );
      return [effects.length, inbox.length];
    }

    it('a failure after its statements rolls them back with the inbox row; the redelivery commits them once', async () => {
      const data = melding();
      failAfterWrite.add(data.meldingId);
      const eventId = await writeEvent(data);
      await new OutboxRelay(orm, nats.js, SCHEMA, { intervalMs: 50 }).drain();
      await until(async () => handled.includes(data.meldingId));
      expect(failAfterWrite.size).toBe(0);
      // The handler returns before its transaction commits: wait for the commit, then check nothing doubled.
      await until(async () => (await effectsAndInbox(data.meldingId, eventId))[1] === 1);
      expect(await effectsAndInbox(data.meldingId, eventId)).toEqual([1, 1]);
    });
  });

  function recorder(name: string): EventHandler<MeldingOntvangenV1> & { handled: string[] } {
    const handled: string[] = [];
    return {
      name,
      event: meldingOntvangenV1,
      handled,
      async handle(_em: EntityManager, event: ReceivedEvent<MeldingOntvangenV1>) {
        handled.push(event.data.meldingId);
      },
    };
  }

  /** A durable consumer as an earlier release (or an operator who wanted the whole history) created it. */
  async function createdEarlier(durable: string, settings: Partial<ConsumerConfig>): Promise<void> {
    await nats.jsm.consumers.add(env.VT_STREAM, {
      durable_name: durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      filter_subject: `${env.VT_SUBJECT_PREFIX}.*.intake.melding-ontvangen`,
      ...settings,
    });
  }

  /** Runs `fn` while a consumer for `handler`, created now, is running; returns its consumer info after. */
  async function whileConsuming(
    handler: EventHandler<MeldingOntvangenV1>,
    fn: () => Promise<void> = async () => undefined,
  ): Promise<ConsumerInfo> {
    const consumer = new JetStreamConsumer(assessmentCfg, orm, nats.js, nats.jsm, handler, {
      startVanaf: () => new Date(),
    });
    await consumer.start();
    try {
      await fn();
      return await nats.jsm.consumers.info(env.VT_STREAM, consumer.name);
    } finally {
      await consumer.stop();
    }
  }

  describe("redelivery: the ack wait from VT_ACK_WAIT_SECONDS, backoff by the consumer's delayed nak (ADR 0001)", () => {
    const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const ackWait = nanos(assessmentCfg.ackWaitSeconds * 1000);

    it('a durable consumer waits VT_ACK_WAIT_SECONDS for an ack and has no server backoff that would replace it', async () => {
      const info = await whileConsuming(recorder('ack-wacht'));
      expect(info.config.ack_wait).toBe(ackWait);
      expect(info.config.backoff ?? []).toEqual([]);
    });

    it('an existing consumer with the server backoff of an earlier release is updated in place to the ack wait without backoff', async () => {
      await createdEarlier('assessment-ack-oud', {
        max_deliver: 3,
        ack_wait: nanos(30_000),
        backoff: [1, 5].map((s) => nanos(s * 1000)),
      });
      const info = await whileConsuming(recorder('ack-oud'));
      expect(info.config.ack_wait).toBe(ackWait);
      expect(info.config.backoff ?? []).toEqual([]);
      expect(info.config.deliver_policy).toBe(DeliverPolicy.All);
    });

    it('events held in the client for longer than a second (one handled slowly, the next of its file queued behind it) are delivered once', async () => {
      const dossierId = randomUUID();
      const handled: string[] = [];
      const traag: EventHandler<MeldingOntvangenV1> = {
        name: 'ack-traag',
        event: meldingOntvangenV1,
        async handle(_em: EntityManager, event: ReceivedEvent<MeldingOntvangenV1>) {
          if (event.data.dossierId !== dossierId) return;
          if (handled.length === 0) await pause(1500);
          handled.push(event.data.meldingId);
        },
      };
      const info = await whileConsuming(traag, async () => {
        await orm.em.fork().transactional(async (em) => {
          for (let i = 0; i < 2; i++) {
            const data = { ...melding(), dossierId };
            outbox.add(em, meldingOntvangenV1, { regio: data.regio, subject: dossierId, data });
          }
        });
        await new OutboxRelay(orm, nats.js, SCHEMA, { intervalMs: 50 }).drain();
        await until(async () => handled.length === 2);
        await pause(300);
      });
      // Two events, two deliveries: none was redelivered while the client still held it.
      expect(info.delivered.consumer_seq).toBe(2);
    });
  });

  describe('where a durable consumer starts reading (ADR 0009: never before what the inbox remembers)', () => {
    const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

    async function published(data: MeldingOntvangenV1): Promise<void> {
      await writeEvent(data);
      await new OutboxRelay(orm, nats.js, SCHEMA, { intervalMs: 50 }).drain();
    }

    it('a consumer created anew starts at the given moment, so events older than the inbox remembers are not handled again', async () => {
      const ouder = melding();
      await published(ouder);
      await pause(1100);
      const vanaf = new Date();
      await pause(1100);
      const nieuwer = melding();
      await published(nieuwer);

      const handler = recorder('start-nieuw');
      const consumer = new JetStreamConsumer(assessmentCfg, orm, nats.js, nats.jsm, handler, {
        startVanaf: () => vanaf,
      });
      await consumer.start();
      try {
        await until(async () => handler.handled.includes(nieuwer.meldingId));
        // Give a wrongly delivered older event the time to arrive.
        await pause(500);
        expect(handler.handled).not.toContain(ouder.meldingId);
        const info = await nats.jsm.consumers.info(env.VT_STREAM, 'assessment-start-nieuw');
        expect(info.config.deliver_policy).toBe(DeliverPolicy.StartTime);
        expect(new Date(info.config.opt_start_time as string).getTime()).toBe(vanaf.getTime());
      } finally {
        await consumer.stop();
      }
    });

    it("an existing consumer keeps its position and deliver policy and takes the release's other settings", async () => {
      const eerder = melding();
      await published(eerder);
      // As an older release (or an operator who wanted the whole history) created it.
      await createdEarlier('assessment-start-bestaand', { max_deliver: 9 });

      const handler = recorder('start-bestaand');
      const consumer = new JetStreamConsumer(assessmentCfg, orm, nats.js, nats.jsm, handler, {
        startVanaf: () => new Date(),
      });
      await consumer.start();
      try {
        await until(async () => handler.handled.includes(eerder.meldingId));
        const info = await nats.jsm.consumers.info(env.VT_STREAM, 'assessment-start-bestaand');
        expect(info.config.deliver_policy).toBe(DeliverPolicy.All);
        expect(info.config.max_deliver).toBe(assessmentCfg.maxDeliver);
      } finally {
        await consumer.stop();
      }
    });

    it('starts a new consumer inside the inbox retention, on a whole hour so replicas of one hour agree', () => {
      const nu = new Date('2026-11-29T12:00:00Z');
      expect(eersteLeesmoment(30, nu).toISOString()).toBe('2026-10-30T13:00:00.000Z');
      expect(eersteLeesmoment(1, nu).toISOString()).toBe('2026-11-28T13:00:00.000Z');
      expect(eersteLeesmoment(30, new Date('2026-11-29T12:59:59.999Z'))).toEqual(eersteLeesmoment(30, nu));
    });

    it('replicas starting together both start, also when they ask for different start times', async () => {
      const replica = (ms: number) =>
        new JetStreamConsumer(assessmentCfg, orm, nats.js, nats.jsm, recorder('start-samen'), {
          startVanaf: () => new Date(Date.now() - ms),
        });
      const [a, b] = [replica(60_000), replica(120_000)];
      try {
        await Promise.all([a.start(), b.start()]);
        expect([a.isRunning(), b.isRunning()]).toEqual([true, true]);
      } finally {
        await Promise.all([a.stop(), b.stop()]);
      }
    });
  });
});
