import { Inject, Injectable } from '@nestjs/common';
import {
  createRemoteJWKSet,
  errors,
  jwtVerify,
  type JWTHeaderParameters,
  type JWTVerifyGetKey,
  type JWTVerifyOptions,
  type KeyLike,
  type FlattenedJWSInput,
} from 'jose';
import type { AuthConfig } from './auth.config';
import { gebruikerUitClaims, type Gebruiker } from './gebruiker';

export const AUTH_CONFIG = Symbol('AUTH_CONFIG');

/** Why a token was not accepted; the guard turns it into a short 401 and never echoes the token. */
export class TokenAfgewezen extends Error {
  override readonly name = 'TokenAfgewezen';
  constructor(readonly reden: 'ongeldig' | 'verlopen') {
    super(`token ${reden}`);
  }
}

/** The identity provider's keys could not be fetched: not the caller's fault, so no 401. */
export class VerificationKeysUnavailable extends Error {
  override readonly name = 'VerificationKeysUnavailable';
  constructor(readonly oorzaak: string) {
    super('JWKS not available');
  }
}

const KLOKMARGE_SECONDEN = 30;

// How long a verified token is trusted without verifying it again, so a key withdrawn from the JWKS stops within it.
const CACHE_SECONDEN = 60;
const CACHE_MAX = 1000;

interface Geverifieerd {
  gebruiker: Gebruiker;
  /** `exp` of the token, in seconds. */
  exp: number;
  /** Until when this entry may answer, in ms. */
  tot: number;
}

// Lookup failures that say something about the token, not about the key set's availability.
const TOKEN_ERRORS_WITH_KEYS: readonly string[] = [
  errors.JWKSNoMatchingKey.code,
  errors.JWKSMultipleMatchingKeys.code,
  errors.JOSENotSupported.code,
  errors.JOSEAlgNotAllowed.code,
  errors.JWKInvalid.code,
];

/** Verifies a bearer token for the configured mode, with the algorithms pinned so no key can be used in another way. */
@Injectable()
export class TokenVerifier {
  private readonly verificationKey: Uint8Array | JWTVerifyGetKey;
  private readonly opties: JWTVerifyOptions;
  // The whole token is the key: a hit means these exact bytes, signature included, were verified before.
  private readonly geverifieerd = new Map<string, Geverifieerd>();

  constructor(@Inject(AUTH_CONFIG) config: AuthConfig) {
    const gemeen = {
      issuer: config.issuer,
      clockTolerance: KLOKMARGE_SECONDEN,
      requiredClaims: ['exp', 'sub'],
    };
    if (config.modus === 'hs256') {
      this.verificationKey = new TextEncoder().encode(config.secret);
      this.opties = {
        ...gemeen,
        algorithms: ['HS256'],
        ...(config.audience ? { audience: config.audience } : {}),
      };
    } else {
      const jwks = createRemoteJWKSet(new URL(config.jwksUri));
      this.verificationKey = async (
        header: JWTHeaderParameters,
        token: FlattenedJWSInput,
      ): Promise<KeyLike> => {
        try {
          return await jwks(header, token);
        } catch (err) {
          if (err instanceof errors.JOSEError && TOKEN_ERRORS_WITH_KEYS.includes(err.code)) throw err;
          throw new VerificationKeysUnavailable(
            err instanceof Error ? `${err.name}: ${err.message}` : String(err),
          );
        }
      };
      this.opties = { ...gemeen, algorithms: ['RS256', 'ES256'], audience: config.audience };
    }
  }

  /**
   * The user of a valid token; throws `TokenAfgewezen` or `VerificationKeysUnavailable` otherwise. Verifying
   * costs ~0.5 ms a request and an employee's client sends the same token for its lifetime, so a verified
   * token is remembered (by its exact bytes) for `CACHE_SECONDEN` and still refused once it expires.
   */
  async verifieer(token: string): Promise<Gebruiker> {
    const nu = Date.now();
    let bekend = this.geverifieerd.get(token);
    if (!bekend || bekend.tot <= nu) {
      bekend = { ...(await this.verifieerBijDeBron(token)), tot: nu + CACHE_SECONDEN * 1000 };
      if (this.geverifieerd.size >= CACHE_MAX) this.geverifieerd.clear();
      this.geverifieerd.set(token, bekend);
    } else if (Math.floor(nu / 1000) - KLOKMARGE_SECONDEN >= bekend.exp) {
      // jose's own expiry rule, so a remembered token expires at the same moment as a verified one.
      throw new TokenAfgewezen('verlopen');
    }
    // A copy: the caller may change its user without changing the next request's.
    return { ...bekend.gebruiker, rollen: [...bekend.gebruiker.rollen] };
  }

  private async verifieerBijDeBron(token: string): Promise<Omit<Geverifieerd, 'tot'>> {
    let payload;
    try {
      ({ payload } =
        typeof this.verificationKey === 'function'
          ? await jwtVerify(token, this.verificationKey, this.opties)
          : await jwtVerify(token, this.verificationKey, this.opties));
    } catch (err) {
      if (err instanceof VerificationKeysUnavailable) throw err;
      if (err instanceof errors.JWTExpired) throw new TokenAfgewezen('verlopen');
      if (err instanceof errors.JOSEError) throw new TokenAfgewezen('ongeldig');
      throw err;
    }
    const gebruiker = gebruikerUitClaims(payload);
    // `exp` is a required claim, so jose has checked that it is there.
    if (!gebruiker || payload.exp === undefined) throw new TokenAfgewezen('ongeldig');
    return { gebruiker, exp: payload.exp };
  }
}
