import { DEV_ISSUER, MIN_SECRET_LENGTE } from './dev-token';

export type AuthConfig =
  | {
      /** Development and tests: HS256 with a shared secret. */
      modus: 'hs256';
      secret: string;
      issuer: string;
      audience?: string;
    }
  | {
      /** Production: RS256/ES256 against the identity provider's published keys. */
      modus: 'jwks';
      jwksUri: string;
      issuer: string;
      audience: string;
    };

/**
 * Reads the auth settings once at boot and fails with a message naming the variables to set. Either
 * AUTH_JWT_SECRET (HS256) or AUTH_JWKS_URI + AUTH_ISSUER + AUTH_AUDIENCE (RS256/ES256), never both; HS256 is
 * refused when NODE_ENV=production unless AUTH_ALLOW_HS256=true.
 */
export function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const lees = (naam: string) => env[naam]?.trim() || undefined;
  const secret = env.AUTH_JWT_SECRET || undefined;
  const jwksUri = lees('AUTH_JWKS_URI');
  const issuer = lees('AUTH_ISSUER');
  const audience = lees('AUTH_AUDIENCE');
  const productie = env.NODE_ENV === 'production';
  const fout = (tekst: string) => new Error(`Invalid auth configuration: ${tekst}`);

  if (secret && jwksUri) {
    throw fout('set either AUTH_JWT_SECRET (HS256) or AUTH_JWKS_URI (RS256/ES256), not both');
  }
  if (jwksUri || (!secret && (issuer || audience))) {
    const ontbreekt = Object.entries({ AUTH_JWKS_URI: jwksUri, AUTH_ISSUER: issuer, AUTH_AUDIENCE: audience })
      .filter(([, waarde]) => !waarde)
      .map(([naam]) => naam);
    if (ontbreekt.length) throw fout(`verifying against a JWKS also needs ${ontbreekt.join(' and ')}`);
    let url: URL;
    try {
      url = new URL(jwksUri as string);
    } catch {
      throw fout(`AUTH_JWKS_URI "${jwksUri}" is not a URL`);
    }
    if (url.protocol !== 'https:' && (url.protocol !== 'http:' || productie)) {
      throw fout(`AUTH_JWKS_URI must use https${productie ? ' when NODE_ENV=production' : ' or http'}`);
    }
    return { modus: 'jwks', jwksUri: url.href, issuer: issuer as string, audience: audience as string };
  }
  if (secret) {
    if (secret.length < MIN_SECRET_LENGTE) {
      throw fout(`AUTH_JWT_SECRET must be at least ${MIN_SECRET_LENGTE} characters`);
    }
    if (productie && env.AUTH_ALLOW_HS256 !== 'true') {
      throw fout(
        'AUTH_JWT_SECRET (HS256) is refused when NODE_ENV=production; set AUTH_JWKS_URI, AUTH_ISSUER and ' +
          'AUTH_AUDIENCE instead, or AUTH_ALLOW_HS256=true to accept shared-secret tokens deliberately',
      );
    }
    return { modus: 'hs256', secret, issuer: issuer ?? DEV_ISSUER, ...(audience ? { audience } : {}) };
  }
  throw fout(
    'set AUTH_JWT_SECRET (HS256, at least 32 characters; development and tests) or AUTH_JWKS_URI, AUTH_ISSUER ' +
      'and AUTH_AUDIENCE (RS256/ES256; production)',
  );
}
