import { z } from 'zod';

const isKey = (v: string) => Buffer.from(v, 'base64').length === 32;
const key = (name: string) =>
  z
    .string({ required_error: `${name} is required: base64 of 32 random bytes (openssl rand -base64 32)` })
    .refine(isKey, `${name} must be base64 of exactly 32 bytes`);
const kekId = z.string().regex(/^[A-Za-z0-9._:-]{1,64}$/, 'a KEK id is 1-64 of [A-Za-z0-9._:-]');

const schema = z.object({
  PRIVACY_KEK: key('PRIVACY_KEK'),
  /** The current KEK's id, written into every wrapped data key (ADR 0023). */
  PRIVACY_KEK_ID: kekId.default('dev-1'),
  /** KEKs replaced by PRIVACY_KEK that still unwrap until the rewrap job is done: `id:base64,id:base64`. */
  PRIVACY_KEKS_EERDER: z
    .string()
    .default('')
    .refine(
      (v) =>
        v === '' ||
        v.split(',').every((p) => {
          const [id, k] = p.split(':');
          return kekId.safeParse(id).success && k !== undefined && isKey(k);
        }),
      'PRIVACY_KEKS_EERDER must be `id:base64,id:base64` with 32-byte keys',
    ),
  PRIVACY_BIDX_KEY_BSN: key('PRIVACY_BIDX_KEY_BSN'),
  PRIVACY_BIDX_KEY_NAAM: key('PRIVACY_BIDX_KEY_NAAM'),
  /** Bits kept of each blind index: few enough that a leaked index says little (privacy-design.md). */
  PRIVACY_BIDX_BITS: z.coerce.number().int().min(8).max(32).default(16),
});

export interface PrivacyConfig {
  kek: { id: string; key: Buffer };
  keksEerder: { id: string; key: Buffer }[];
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
  const keksEerder = e.PRIVACY_KEKS_EERDER.split(',')
    .filter(Boolean)
    .map((p) => {
      const [id, k] = p.split(':');
      return { id, key: Buffer.from(k, 'base64') };
    });
  const keys = [e.PRIVACY_KEK, e.PRIVACY_BIDX_KEY_BSN, e.PRIVACY_BIDX_KEY_NAAM];
  if (new Set(keys).size !== keys.length)
    throw new Error('Invalid privacy configuration: the three keys must differ');
  if (keksEerder.some((k) => k.id === e.PRIVACY_KEK_ID))
    throw new Error('Invalid privacy configuration: PRIVACY_KEKS_EERDER repeats PRIVACY_KEK_ID');
  return {
    kek: { id: e.PRIVACY_KEK_ID, key: Buffer.from(e.PRIVACY_KEK, 'base64') },
    keksEerder,
    bidxKeyBsn: Buffer.from(e.PRIVACY_BIDX_KEY_BSN, 'base64'),
    bidxKeyNaam: Buffer.from(e.PRIVACY_BIDX_KEY_NAAM, 'base64'),
    bidxBits: e.PRIVACY_BIDX_BITS,
  };
}

export const PRIVACY_CONFIG = Symbol('PRIVACY_CONFIG');
