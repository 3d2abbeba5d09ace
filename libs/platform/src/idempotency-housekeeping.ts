import { Injectable, type OnModuleInit } from '@nestjs/common';
import { z } from 'zod';
import { Housekeeping, type Purge } from '@vt/messaging';
import { leesEnv } from '@vt/persistence';

const env = z.object({
  // A week (ADR 0008, 0009): a partner system that retries a report after a long weekend's outage still
  // gets the first answer instead of filing a second report about the same family.
  VT_IDEMPOTENCY_RETENTION_HOURS: z.coerce.number().int().min(1).max(8760).default(168),
});

export function idempotencyRetentionHoursFromEnv(source: NodeJS.ProcessEnv = process.env): number {
  return leesEnv(env, 'housekeeping', source).VT_IDEMPOTENCY_RETENTION_HOURS;
}

/** Keys go a retention after their first request; by then no client retries with them. */
export function idempotencyPurge(retentionHours: number): Purge {
  return { table: 'idempotency_key', column: 'aangemaakt_op', retentionMs: retentionHours * 3600 * 1000 };
}

/** Adds the Idempotency-Key store to the service's housekeeping pass. */
@Injectable()
export class IdempotencyHousekeeping implements OnModuleInit {
  // Read when the app is created, so a bad value stops the start with a message naming it.
  private readonly purge = idempotencyPurge(idempotencyRetentionHoursFromEnv());

  constructor(private readonly housekeeping: Housekeeping) {}

  onModuleInit(): void {
    this.housekeeping.register(this.purge);
  }
}
