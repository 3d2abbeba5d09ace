import { randomBytes } from 'node:crypto';

/** Fresh development/test secrets: a JWT secret and the vault's three keys. Never for production. */
export function devSecrets(): Record<string, string> {
  return {
    AUTH_JWT_SECRET: randomBytes(32).toString('base64url'),
    PRIVACY_KEK: randomBytes(32).toString('base64'),
    PRIVACY_BIDX_KEY_BSN: randomBytes(32).toString('base64'),
    PRIVACY_BIDX_KEY_NAAM: randomBytes(32).toString('base64'),
  };
}
