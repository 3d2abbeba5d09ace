import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { advisoryLockKey, serviceOrmConfig } from '@vt/persistence';
import { createTestDatabase, query, type TestDatabase, until } from '@vt/testing';
import {
  Housekeeping,
  housekeepingConfigFromEnv,
  MESSAGING_ENTITIES,
  messagingPurges,
  messagingTablesSql,
} from '../src';

const SCHEMA = 'hktest';

describe('messaging: housekeeping of outbox and inbox (ADR 0009)', () => {
  let db: TestDatabase;
  let orm: MikroORM;
  const cfg = housekeepingConfigFromEnv({});
  const housekeeping = (batchSize?: number) =>
    new Housekeeping(orm, SCHEMA, { intervalMs: cfg.intervalMs, batchSize }, messagingPurges(cfg));

  beforeAll(async () => {
    db = await createTestDatabase('housekeeping');
    orm = await MikroORM.init(
      serviceOrmConfig({ schema: SCHEMA, entities: MESSAGING_ENTITIES, migrations: [], databaseUrl: db.url }),
    );
    const conn = orm.em.getConnection();
    await conn.execute(`create schema "${SCHEMA}"`);
    for (const sql of messagingTablesSql(SCHEMA)) await conn.execute(sql);
  });

  beforeEach(async () => {
    await query(db.url, `truncate "${SCHEMA}"."outbox", "${SCHEMA}"."inbox"`);
  });

  afterAll(async () => {
    await orm?.close(true);
    await db?.drop();
  });

  /** An outbox row written `age` ago and published `publishedAge` ago (null: not yet published). */
  async function outboxRow(age: string, publishedAge: string | null): Promise<string> {
    const id = randomUUID();
    await query(
      db.url,
      `insert into "${SCHEMA}"."outbox" (id, subject, type, payload, headers, created_at, published_at)
       values ($1, 'vt.VR09.intake.melding-ontvangen', 'nl.veiligthuis.intake.melding-ontvangen.v1', '{}', '{}',
               now() - $2::interval, now() - $3::interval)`,
      [id, age, publishedAge],
    );
    return id;
  }

  async function inboxRow(age: string): Promise<string> {
    const eventId = randomUUID();
    await query(
      db.url,
      `insert into "${SCHEMA}"."inbox" (consumer, event_id, type, handled_at)
       values ('assessment-start-beoordeling-when-melding-ontvangen', $1, 'x', now() - $2::interval)`,
      [eventId, age],
    );
    return eventId;
  }

  const outboxIds = async () =>
    (await query<{ id: string }>(db.url, `select id from "${SCHEMA}"."outbox"`)).map((r) => r.id).sort();
  const inboxIds = async () =>
    (await query<{ event_id: string }>(db.url, `select event_id from "${SCHEMA}"."inbox"`))
      .map((r) => r.event_id)
      .sort();

  it('deletes published outbox rows older than VT_OUTBOX_RETENTION_DAYS, keeps recent and unpublished ones', async () => {
    await outboxRow('9 days', '8 days');
    const recent = await outboxRow('9 days', '6 days');
    const unpublishedOld = await outboxRow('60 days', null);
    const unpublishedNew = await outboxRow('1 minute', null);

    expect(await housekeeping().runOnce()).toEqual({ outbox: 1, inbox: 0 });

    expect(await outboxIds()).toEqual([recent, unpublishedOld, unpublishedNew].sort());
  });

  it('deletes inbox rows older than VT_INBOX_RETENTION_DAYS and keeps recent ones', async () => {
    await inboxRow('31 days');
    await inboxRow('400 days');
    const recent = await inboxRow('29 days');

    expect(await housekeeping().runOnce()).toEqual({ outbox: 0, inbox: 2 });

    expect(await inboxIds()).toEqual([recent]);
  });

  it('deletes in bounded batches until a batch comes back short', async () => {
    for (let i = 0; i < 7; i++) await inboxRow('40 days');
    const recent = await inboxRow('1 day');

    expect(await housekeeping(3).runOnce()).toEqual({ outbox: 0, inbox: 7 });

    expect(await inboxIds()).toEqual([recent]);
  });

  it('leaves the pass to the replica that holds the lock', async () => {
    const old = await inboxRow('40 days');
    const other = new Client({ connectionString: db.url });
    await other.connect();
    try {
      await other.query('begin');
      await other.query('select pg_advisory_xact_lock($1::bigint)', [
        advisoryLockKey(`vt-housekeeping:${SCHEMA}`),
      ]);

      expect(await housekeeping().runOnce()).toBeUndefined();
      expect(await inboxIds()).toEqual([old]);

      await other.query('commit');
      expect(await housekeeping().runOnce()).toEqual({ outbox: 0, inbox: 1 });
    } finally {
      await other.end();
    }
  });

  it('runs shortly after start and stops on shutdown', async () => {
    await inboxRow('40 days');
    const job = new Housekeeping(
      orm,
      SCHEMA,
      { intervalMs: cfg.intervalMs, firstRunDelayMs: 10 },
      messagingPurges(cfg),
    );
    job.start();
    await until(async () => (await inboxIds()).length === 0);
    await job.stop();
  });

  it('a bad value stops the boot with a message naming the variable', () => {
    expect(() => housekeepingConfigFromEnv({ VT_INBOX_RETENTION_DAYS: '0' })).toThrow(
      /Invalid housekeeping configuration: VT_INBOX_RETENTION_DAYS/,
    );
    expect(() => housekeepingConfigFromEnv({ VT_OUTBOX_RETENTION_DAYS: 'week' })).toThrow(
      /VT_OUTBOX_RETENTION_DAYS/,
    );
    expect(() => housekeepingConfigFromEnv({ VT_HOUSEKEEPING_INTERVAL_MINUTES: '1.5' })).toThrow(
      /VT_HOUSEKEEPING_INTERVAL_MINUTES/,
    );
    expect(housekeepingConfigFromEnv({})).toEqual({
      intervalMs: 60 * 60_000,
      outboxRetentionDays: 7,
      inboxRetentionDays: 30,
    });
  });
});
