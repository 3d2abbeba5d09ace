import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { isRegioCode, isRol, type Rol } from './rollen';

/** Issuer of development tokens; HS256 mode expects it unless AUTH_ISSUER says otherwise. */
export const DEV_ISSUER = 'vt-dev';

/** Shortest HS256 secret accepted: 256 bits, as RFC 7518 §3.2 asks for HS256 keys. */
export const MIN_SECRET_LENGTE = 32;

export interface DevTokenClaims {
  sub?: string;
  regio: string;
  rollen: readonly Rol[];
  ttlSeconds?: number;
}

/** An HS256 token for development and tests; strict about its input, since a typo would only show up as a 403. */
export async function mintDevToken(claims: DevTokenClaims, secret: string): Promise<string> {
  const { sub = 'dev-medewerker', regio, rollen, ttlSeconds = 3600 } = claims;
  if (!isRegioCode(regio)) throw new Error(`unknown regio "${regio}" (expected VR01 … VR25)`);
  const onbekend = rollen.filter((rol) => !isRol(rol));
  if (onbekend.length) throw new Error(`unknown rol ${onbekend.map((r) => `"${r}"`).join(', ')}`);
  if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0)
    throw new Error('ttlSeconds must be a positive whole number');
  if (!sub) throw new Error('sub must not be empty');
  if (!secret || secret.length < MIN_SECRET_LENGTE)
    throw new Error(`the secret must be at least ${MIN_SECRET_LENGTE} characters`);
  const nu = Math.floor(Date.now() / 1000);
  return new SignJWT({ regio, rollen: [...rollen] })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(sub)
    .setIssuer(DEV_ISSUER)
    .setIssuedAt(nu)
    .setExpirationTime(nu + ttlSeconds)
    .setJti(randomUUID())
    .sign(new TextEncoder().encode(secret));
}
