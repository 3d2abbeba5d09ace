import { z } from 'zod';

const schema = z.object({
  /** How often the retention sweep runs; 0 turns it off (a replica that only serves requests). */
  PRIVACY_BEWAARTERMIJN_INTERVAL_MS: z.coerce.number().int().min(0).default(3_600_000),
  /** Files destroyed per transaction: each batch commits on its own, so a killed sweep loses at most one. */
  PRIVACY_BEWAARTERMIJN_BATCH: z.coerce.number().int().min(1).max(10_000).default(500),
});

export interface BewaartermijnJobConfig {
  intervalMs: number;
  batch: number;
}

export function bewaartermijnJobConfig(env: NodeJS.ProcessEnv = process.env): BewaartermijnJobConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success)
    throw new Error(
      `Invalid retention job configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return {
    intervalMs: parsed.data.PRIVACY_BEWAARTERMIJN_INTERVAL_MS,
    batch: parsed.data.PRIVACY_BEWAARTERMIJN_BATCH,
  };
}

export const BEWAARTERMIJN_JOB_CONFIG = Symbol('BEWAARTERMIJN_JOB_CONFIG');
