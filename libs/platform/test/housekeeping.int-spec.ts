import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Housekeeping } from '@vt/messaging';
import {
  createTestDatabase,
  deleteTestStreams,
  devSecrets,
  query,
  type TestDatabase,
  testMessagingEnv,
} from '@vt/testing';
import { idempotencyRetentionHoursFromEnv } from '../src/idempotency-housekeeping';
import { platformTestModule } from './platform-test-module';

const SCHEMA = 'hkhttp';

describe('http: the platform housekeeping also purges Idempotency-Keys (ADR 0009)', () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  const messaging = testMessagingEnv('hkhttp');
  const saved = { ...process.env };

  beforeAll(async () => {
    db = await createTestDatabase('hkhttp');
    Object.assign(process.env, devSecrets(), messaging, {
      DATABASE_URL: db.url,
      VT_IDEMPOTENCY_RETENTION_HOURS: '24',
    });
    app = await NestFactory.createApplicationContext(platformTestModule(SCHEMA), {
      logger: false,
      abortOnError: false,
    });
  });

  afterAll(async () => {
    await app?.close();
    process.env = saved;
    await deleteTestStreams(messaging.VT_STREAM);
    await db?.drop();
  });

  async function sleutel(naam: string, age: string, status: number | null): Promise<void> {
    await query(
      db.url,
      `insert into "${SCHEMA}"."idempotency_key" (sleutel, sub, verzoek_hash, status, antwoord, aangemaakt_op)
       values ($1, 'tester', 'hash', $2, $3::jsonb, now() - $4::interval)`,
      [naam, status, status === null ? null : '{"meldingId":"x"}', age],
    );
  }

  it('deletes keys older than VT_IDEMPOTENCY_RETENTION_HOURS, finished or abandoned, and keeps recent ones', async () => {
    await sleutel('oud', '25 hours', 201);
    await sleutel('oud-verlaten', '3 days', null);
    await sleutel('recent', '23 hours', 201);
    await sleutel('bezig', '1 second', null);

    const deleted = await app.get(Housekeeping).runOnce();

    expect(deleted).toEqual({ outbox: 0, inbox: 0, idempotency_key: 2 });
    const rows = await query<{ sleutel: string }>(
      db.url,
      `select sleutel from "${SCHEMA}"."idempotency_key" order by sleutel`,
    );
    expect(rows.map((r) => r.sleutel)).toEqual(['bezig', 'recent']);
  });

  it('keeps keys a week by default; a bad value stops the boot with a message naming the variable', () => {
    expect(idempotencyRetentionHoursFromEnv({})).toBe(168);
    expect(() => idempotencyRetentionHoursFromEnv({ VT_IDEMPOTENCY_RETENTION_HOURS: '0' })).toThrow(
      /Invalid housekeeping configuration: VT_IDEMPOTENCY_RETENTION_HOURS/,
    );
    expect(() => idempotencyRetentionHoursFromEnv({ VT_IDEMPOTENCY_RETENTION_HOURS: '1d' })).toThrow(
      /VT_IDEMPOTENCY_RETENTION_HOURS/,
    );
  });
});
