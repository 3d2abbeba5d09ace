import { authConfigFromEnv } from './auth.config';

const SECRET = 'x'.repeat(32);
const JWKS = {
  AUTH_JWKS_URI: 'https://idp.test/certs',
  AUTH_ISSUER: 'https://idp.test',
  AUTH_AUDIENCE: 'vt-api',
};

describe('authConfigFromEnv', () => {
  it('HS256 with a secret of at least 32 characters, issuer vt-dev unless AUTH_ISSUER says otherwise', () => {
    expect(authConfigFromEnv({ AUTH_JWT_SECRET: SECRET })).toEqual({
      modus: 'hs256',
      secret: SECRET,
      issuer: 'vt-dev',
    });
    expect(authConfigFromEnv({ AUTH_JWT_SECRET: SECRET, AUTH_ISSUER: 'eigen', AUTH_AUDIENCE: 'vt' })).toEqual(
      {
        modus: 'hs256',
        secret: SECRET,
        issuer: 'eigen',
        audience: 'vt',
      },
    );
  });

  it('JWKS mode with all three variables', () => {
    expect(authConfigFromEnv({ ...JWKS, NODE_ENV: 'production' })).toEqual({
      modus: 'jwks',
      jwksUri: 'https://idp.test/certs',
      issuer: 'https://idp.test',
      audience: 'vt-api',
    });
  });

  it.each([
    [{}, /AUTH_JWT_SECRET .* or AUTH_JWKS_URI, AUTH_ISSUER and AUTH_AUDIENCE/],
    [{ AUTH_JWT_SECRET: 'kort' }, /AUTH_JWT_SECRET must be at least 32 characters/],
    [
      { AUTH_JWT_SECRET: SECRET, NODE_ENV: 'production' },
      /refused when NODE_ENV=production.*AUTH_ALLOW_HS256=true/,
    ],
    [{ AUTH_JWT_SECRET: SECRET, ...JWKS }, /not both/],
    [{ AUTH_JWKS_URI: 'https://idp.test/certs' }, /needs AUTH_ISSUER and AUTH_AUDIENCE/],
    [{ AUTH_ISSUER: 'https://idp.test' }, /needs AUTH_JWKS_URI and AUTH_AUDIENCE/],
    [{ ...JWKS, AUTH_JWKS_URI: 'geen url' }, /AUTH_JWKS_URI "geen url" is not a URL/],
    [
      { ...JWKS, AUTH_JWKS_URI: 'http://idp.test/certs', NODE_ENV: 'production' },
      /must use https when NODE_ENV=production/,
    ],
    [{ ...JWKS, AUTH_JWKS_URI: 'ftp://idp.test/certs' }, /must use https or http/],
  ])('refuses %j at boot', (env, melding) => {
    expect(() => authConfigFromEnv(env)).toThrow(melding);
  });

  it('accepts HS256 in production only when explicitly allowed, and plain http JWKS outside production', () => {
    expect(
      authConfigFromEnv({ AUTH_JWT_SECRET: SECRET, NODE_ENV: 'production', AUTH_ALLOW_HS256: 'true' }).modus,
    ).toBe('hs256');
    expect(authConfigFromEnv({ ...JWKS, AUTH_JWKS_URI: 'http://127.0.0.1:8080/certs' }).modus).toBe('jwks');
  });

  it('never puts the secret in an error message', () => {
    const geheim = 'geheim-'.repeat(6);
    expect(() => authConfigFromEnv({ AUTH_JWT_SECRET: geheim, NODE_ENV: 'production' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining(geheim) }),
    );
  });
});
