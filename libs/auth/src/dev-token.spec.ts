import { decodeJwt, decodeProtectedHeader } from 'jose';
import { DEV_ISSUER, mintDevToken } from './dev-token';
import { TokenVerifier } from './token-verifier';

const SECRET = 'dev-secret-dev-secret-dev-secret-dev';

describe('mintDevToken', () => {
  it('makes an HS256 token from vt-dev that the HS256 verifier accepts', async () => {
    const token = await mintDevToken(
      { regio: 'VR09', rollen: ['medewerker', 'leidinggevende'], ttlSeconds: 60 },
      SECRET,
    );
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'HS256', typ: 'JWT' });
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({ iss: DEV_ISSUER, sub: 'dev-medewerker', regio: 'VR09' });
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(60);
    const verifier = new TokenVerifier({ modus: 'hs256', secret: SECRET, issuer: DEV_ISSUER });
    await expect(verifier.verifieer(token)).resolves.toEqual({
      sub: 'dev-medewerker',
      regio: 'VR09',
      rollen: ['medewerker', 'leidinggevende'],
    });
  });

  it('defaults to one hour', async () => {
    const claims = decodeJwt(await mintDevToken({ sub: 'emp-1', regio: 'VR01', rollen: [] }, SECRET));
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(3600);
  });

  it.each([
    [{ regio: 'VR26', rollen: [] }, SECRET, /unknown regio "VR26"/],
    [{ regio: 'VR01', rollen: ['piloot'] }, SECRET, /unknown rol "piloot"/],
    [{ regio: 'VR01', rollen: [], ttlSeconds: 0 }, SECRET, /ttlSeconds/],
    [{ regio: 'VR01', rollen: [], ttlSeconds: 1.5 }, SECRET, /ttlSeconds/],
    [{ regio: 'VR01', rollen: [], sub: '' }, SECRET, /sub/],
    [{ regio: 'VR01', rollen: [] }, 'kort', /at least 32/],
  ])('refuses %j', async (claims, secret, melding) => {
    await expect(mintDevToken(claims as never, secret)).rejects.toThrow(melding);
  });
});
