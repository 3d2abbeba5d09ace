import { connect } from 'nats';
import { Client } from 'pg';

const HOUR_MS = 3600_000;
/** What libs/testing names its throwaway resources: `vt_<label>_<8 hex>` and `VT_EVENTS_<LABEL><6 hex>`. */
const TEST_DATABASE = /^vt_[a-z0-9]{0,20}_[0-9a-f]{8}$/;
const TEST_STREAM = /^VT_EVENTS_[A-Z0-9]{1,12}[0-9A-F]{6}(_DLQ)?$/;

/**
 * Drops test databases and streams that a crashed run left behind on a shared server, once they are an
 * hour old and unused. Best effort: a sweep that fails never fails the tests.
 */
export async function sweepTestLeftovers(
  adminDatabaseUrl: string,
  natsUrl: string,
  log: (m: string) => void,
  olderThanMs = HOUR_MS,
): Promise<void> {
  let dropped = 0;
  const pg = new Client({ connectionString: adminDatabaseUrl });
  try {
    await pg.connect();
    const { rows } = await pg.query<{ datname: string; aangemaakt: Date; verbindingen: number }>(
      `select d.datname, (pg_stat_file('base/' || d.oid || '/PG_VERSION')).modification as aangemaakt,
              (select count(*) from pg_stat_activity a where a.datname = d.datname)::int as verbindingen
         from pg_database d where d.datname like 'vt\\_%'`,
    );
    for (const r of rows) {
      if (
        TEST_DATABASE.test(r.datname) &&
        r.verbindingen === 0 &&
        Date.now() - r.aangemaakt.getTime() > olderThanMs
      ) {
        await pg.query(`drop database if exists "${r.datname}"`);
        dropped++;
      }
    }
  } catch (err) {
    log(`could not sweep test databases: ${(err as Error).message}`);
  } finally {
    await pg.end().catch(() => undefined);
  }
  try {
    const nc = await connect({ servers: natsUrl, name: 'vt-test-sweep' });
    try {
      const jsm = await nc.jetstreamManager();
      for await (const info of jsm.streams.list()) {
        if (
          TEST_STREAM.test(info.config.name) &&
          Date.now() - new Date(info.created).getTime() > olderThanMs
        ) {
          await jsm.streams.delete(info.config.name);
          dropped++;
        }
      }
    } finally {
      await nc.close();
    }
  } catch (err) {
    log(`could not sweep test streams: ${(err as Error).message}`);
  }
  if (dropped) log(`removed ${dropped} test databases and streams left by earlier runs`);
}
