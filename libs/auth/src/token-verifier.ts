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

  /** The user of a valid token; throws `TokenAfgewezen` or `VerificationKeysUnavailable` otherwise. */
  async verifieer(token: string): Promise<Gebruiker> {
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
    if (!gebruiker) throw new TokenAfgewezen('ongeldig');
    return gebruiker;
  }
}
