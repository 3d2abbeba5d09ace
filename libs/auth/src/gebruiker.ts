import type { JWTPayload } from 'jose';
import { isRegioCode, isRol, type RegioCode, type Rol } from './rollen';

/** The authenticated employee, as the token describes them. */
export interface Gebruiker {
  /** Employee id. */
  sub: string;
  regio: RegioCode;
  rollen: Rol[];
}

/**
 * The user in verified claims, or undefined when the token cannot describe one: no `sub`, no known `regio`
 * or no `rollen` array. Unknown role strings are dropped, so an identity provider may carry roles of other systems.
 */
export function gebruikerUitClaims(claims: JWTPayload): Gebruiker | undefined {
  const { sub, regio, rollen } = claims as JWTPayload & { regio?: unknown; rollen?: unknown };
  if (typeof sub !== 'string' || sub.length === 0 || sub.length > 256) return undefined;
  if (!isRegioCode(regio)) return undefined;
  if (!Array.isArray(rollen)) return undefined;
  return { sub, regio, rollen: [...new Set(rollen.filter(isRol))] };
}
