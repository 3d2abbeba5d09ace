import { z } from 'zod';

const key = (name: string) =>
  z
    .string({ required_error: `${name} is required: base64 of 32 random bytes (openssl rand -base64 32)` })
    .refine((v) => Buffer.from(v, 'base64').length === 32, `${name} must be base64 of exactly 32 bytes`);

const schema = z.object({
  PRIVACY_KEK: key('PRIVACY_KEK'),
  PRIVACY_BIDX_KEY_BSN: key('PRIVACY_BIDX_KEY_BSN'),
  PRIVACY_BIDX_KEY_NAAM: key('PRIVACY_BIDX_KEY_NAAM'),
  /** Bits kept of each blind index: few enough that a leaked index says little (privacy-design.md). */
  PRIVACY_BIDX_BITS: z.coerce.number().int().min(8).max(32).default(16),
});

export interface PrivacyConfig {
  kek: Buffer;
  bidxKeyBsn: Buffer;
  bidxKeyNaam: Buffer;
  bidxBits: number;
}

export function privacyConfigFromEnv(env: NodeJS.ProcessEnv = process.env): PrivacyConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid privacy configuration: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  }
  const e = parsed.data;
  const keys = [e.PRIVACY_KEK, e.PRIVACY_BIDX_KEY_BSN, e.PRIVACY_BIDX_KEY_NAAM];
  if (new Set(keys).size !== keys.length)
    throw new Error('Invalid privacy configuration: the three keys must differ');
  return {
    kek: Buffer.from(e.PRIVACY_KEK, 'base64'),
    bidxKeyBsn: Buffer.from(e.PRIVACY_BIDX_KEY_BSN, 'base64'),
    bidxKeyNaam: Buffer.from(e.PRIVACY_BIDX_KEY_NAAM, 'base64'),
    bidxBits: e.PRIVACY_BIDX_BITS,
  };
}

export const PRIVACY_CONFIG = Symbol('PRIVACY_CONFIG');
