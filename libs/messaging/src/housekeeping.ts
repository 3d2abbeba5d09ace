import type { MikroORM } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { createLogger } from '@vt/observability';
import { advisoryLockKey, leesEnv, SqlExecutor } from '@vt/persistence';
import { errorSummary } from './outbox-relay';

export interface HousekeepingConfig {
  intervalMs: number;
  /** Published outbox rows are kept this long after their publish, for tracing a complaint back. */
  outboxRetentionDays: number;
  /** Inbox rows are kept far longer than any redelivery of their event can come (ADR 0009). */
  inboxRetentionDays: number;
}

const DAY_MS = 24 * 3600 * 1000;

const env = z.object({
  VT_HOUSEKEEPING_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(1440).default(60),
  VT_OUTBOX_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(7),
  // At least a day: the longest redelivery (VT_MAX_DELIVER=100 at VT_ACK_WAIT_SECONDS=600) is ~17 hours.
  VT_INBOX_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
});

export function housekeepingConfigFromEnv(source: NodeJS.ProcessEnv = process.env): HousekeepingConfig {
  const e = leesEnv(env, 'housekeeping', source);
  return {
    intervalMs: e.VT_HOUSEKEEPING_INTERVAL_MINUTES * 60_000,
    outboxRetentionDays: e.VT_OUTBOX_RETENTION_DAYS,
    inboxRetentionDays: e.VT_INBOX_RETENTION_DAYS,
  };
}

/** Rows of one table in the service's schema that go once their timestamp is older than the retention. */
export interface Purge {
  /** Table in the service's schema; also the name in the log line. */
  table: string;
  /** The timestamp the age is measured from; a row where it is null is never deleted. */
  column: string;
  retentionMs: number;
}

/** Published outbox rows (an unpublished row has no `published_at`, so it never matches) and inbox rows. */
export function messagingPurges(cfg: HousekeepingConfig): Purge[] {
  return [
    { table: 'outbox', column: 'published_at', retentionMs: cfg.outboxRetentionDays * DAY_MS },
    { table: 'inbox', column: 'handled_at', retentionMs: cfg.inboxRetentionDays * DAY_MS },
  ];
}

export interface HousekeepingOptions {
  intervalMs: number;
  /** Delay of the first pass after start: soon, but not in the middle of a replica's start-up. */
  firstRunDelayMs?: number;
  /** Rows per delete statement, so no statement holds many row locks or a long transaction. */
  batchSize?: number;
}

/**
 * Deletes rows the service no longer needs, table by table in bounded batches. Each batch is its own
 * transaction under `pg_try_advisory_xact_lock` on the schema: a replica that finds the lock taken leaves
 * the pass to the one holding it. Ages are measured against the database's clock, which wrote the rows.
 */
export class Housekeeping {
  private readonly log = createLogger('housekeeping');
  private readonly purges: Purge[] = [];
  private readonly lockKey: string;
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopping = false;

  private readonly sql: SqlExecutor;

  constructor(
    orm: MikroORM,
    private readonly schema: string,
    private readonly opts: HousekeepingOptions,
    purges: Purge[] = [],
  ) {
    this.sql = new SqlExecutor(orm);
    this.lockKey = advisoryLockKey(`vt-housekeeping:${schema}`);
    for (const p of purges) this.register(p);
  }

  /** Another library's table joins the pass (the Idempotency-Key store of libs/platform). */
  register(purge: Purge): void {
    if (!/^[a-z_][a-z0-9_]*$/.test(purge.table) || !/^[a-z_][a-z0-9_]*$/.test(purge.column)) {
      throw new Error(`housekeeping: not a plain identifier: ${purge.table}.${purge.column}`);
    }
    this.purges.push(purge);
  }

  start(): void {
    this.stopping = false;
    this.schedule(this.opts.firstRunDelayMs ?? 30_000);
  }

  /** Ends the pass after its current batch and schedules no other. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** One pass over every table; returns the rows deleted per table, or `undefined` when another replica has the pass. */
  async runOnce(): Promise<Record<string, number> | undefined> {
    const deleted: Record<string, number> = {};
    const batchSize = this.opts.batchSize ?? 5000;
    for (const p of this.purges) {
      deleted[p.table] = 0;
      for (;;) {
        if (this.stopping) return deleted;
        const n = await this.deleteBatch(p, batchSize);
        if (n === undefined) return undefined;
        deleted[p.table] += n;
        if (n < batchSize) break;
      }
    }
    return deleted;
  }

  private schedule(delay: number): void {
    this.timer = setTimeout(() => {
      this.running = this.pass().finally(() => {
        this.running = undefined;
        if (!this.stopping) this.schedule(this.opts.intervalMs);
      });
    }, delay);
    this.timer.unref();
  }

  private async pass(): Promise<void> {
    try {
      const deleted = await this.runOnce();
      // Counts only: the rows hold event ids and stored answers, which are nobody's business in a log.
      if (deleted === undefined) this.log.debug('housekeeping: another replica has the pass');
      else this.log.info({ deleted }, 'housekeeping pass done');
    } catch (err) {
      this.log.error({ err: errorSummary(err) }, 'housekeeping pass failed; will retry');
    }
  }

  private async deleteBatch(p: Purge, batchSize: number): Promise<number | undefined> {
    const table = `"${this.schema}"."${p.table}"`;
    return this.sql.transaction(async (tx) => {
      const [{ locked }] = await tx.query<{ locked: boolean }>(
        'select pg_try_advisory_xact_lock($1::bigint) as locked',
        [this.lockKey],
      );
      if (!locked) return undefined;
      const [{ n }] = await tx.query<{ n: number }>(
        `with weg as (
           delete from ${table} where ctid = any(array(
             select ctid from ${table} where "${p.column}" < now() - make_interval(secs => $1) limit $2))
           returning 1)
         select count(*)::int as n from weg`,
        [p.retentionMs / 1000, batchSize],
      );
      return n;
    });
  }
}
