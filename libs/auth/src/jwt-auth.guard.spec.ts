import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SignJWT, UnsecuredJWT } from 'jose';
import { DEV_ISSUER, mintDevToken } from './dev-token';
import type { Rol } from './rollen';
import { testApp } from './test/test-app';

const SECRET = 'test-secret-test-secret-test-secret-0123';
const ANDER_SECRET = 'een-heel-ander-geheim-van-minstens-32-tekens';

function teken(
  claims: Record<string, unknown>,
  opties: { secret?: string; exp?: number; iss?: string } = {},
) {
  const nu = Math.floor(Date.now() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('emp-1')
    .setIssuer(opties.iss ?? DEV_ISSUER)
    .setIssuedAt(nu - 10)
    .setExpirationTime(opties.exp ?? nu + 600)
    .sign(new TextEncoder().encode(opties.secret ?? SECRET));
}

describe('JwtAuthGuard (HS256, Fastify)', () => {
  let app: NestFastifyApplication;
  const token = (regio: string, ...rollen: Rol[]) => mintDevToken({ sub: 'emp-1', regio, rollen }, SECRET);
  const get = async (url: string, authorization?: string) =>
    app.inject({ method: 'GET', url, headers: authorization === undefined ? {} : { authorization } });

  beforeAll(async () => {
    app = await testApp({ modus: 'hs256', secret: SECRET, issuer: DEV_ISSUER });
  });
  afterAll(async () => {
    await app.close();
  });

  it('lets a @Public() route through without a token', async () => {
    expect((await get('/health/live')).statusCode).toBe(200);
  });

  it('401 without a token, with the RFC 6750 challenge', async () => {
    const res = await get('/api/v1/ik');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ message: 'token ontbreekt' });
    expect(res.headers['www-authenticate']).toBe('Bearer realm="veilig-thuis"');
  });

  it.each([
    ['another scheme', 'Basic ZW1wOnBhc3M='],
    ['a bare word', 'Bearer'],
    ['no JWT', 'Bearer abc.def'],
    ['garbage', 'Bearer !!!.???.***'],
  ])('401 with a malformed header (%s)', async (_naam, kop) => {
    const res = await get('/api/v1/ik', kop);
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ message: 'token ongeldig' });
    expect(res.headers['www-authenticate']).toContain('error="invalid_token"');
  });

  it('401 for an expired token, saying so, without echoing the token', async () => {
    const verlopen = await teken(
      { regio: 'VR09', rollen: ['medewerker'] },
      { exp: Math.floor(Date.now() / 1000) - 120 },
    );
    const res = await get('/api/v1/ik', `Bearer ${verlopen}`);
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ message: 'token verlopen' });
    expect(res.body).not.toContain(verlopen.split('.')[1]);
  });

  it('401 for a token signed with another secret, or unsigned', async () => {
    const vreemd = await teken({ regio: 'VR09', rollen: ['medewerker'] }, { secret: ANDER_SECRET });
    const onondertekend = new UnsecuredJWT({ regio: 'VR09', rollen: ['medewerker'] })
      .setSubject('emp-1')
      .setIssuer(DEV_ISSUER)
      .setExpirationTime('10m')
      .encode();
    for (const t of [vreemd, onondertekend]) {
      const res = await get('/api/v1/ik', `Bearer ${t}`);
      expect(res.statusCode).toBe(401);
      expect(res.body).not.toContain(t.split('.')[1]);
    }
  });

  it.each([
    ['no regio', { rollen: ['medewerker'] }],
    ['an unknown regio', { regio: 'VR26', rollen: ['medewerker'] }],
    ['rollen not an array', { regio: 'VR09', rollen: 'medewerker' }],
  ])('401 for a signed token with %s', async (_naam, claims) => {
    const res = await get('/api/v1/ik', `Bearer ${await teken(claims)}`);
    expect(res.statusCode).toBe(401);
  });

  it('401 for another issuer', async () => {
    const res = await get(
      '/api/v1/ik',
      `Bearer ${await teken({ regio: 'VR09', rollen: [] }, { iss: 'iemand-anders' })}`,
    );
    expect(res.statusCode).toBe(401);
  });

  it('200 with a valid token; the handler sees the user, unknown roles dropped', async () => {
    const res = await get(
      '/api/v1/ik',
      `bearer ${await teken({ regio: 'VR09', rollen: ['medewerker', 'piloot'] })}`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ sub: 'emp-1', regio: 'VR09', rollen: ['medewerker'] });
  });

  it('403 without the role, 200 with it', async () => {
    const url = '/api/v1/meldingen/m-1/in-behandeling';
    const zonder = await app.inject({
      method: 'POST',
      url,
      headers: { authorization: `Bearer ${await token('VR09', 'medewerker')}` },
    });
    expect(zonder.statusCode).toBe(403);
    expect(zonder.json()).toMatchObject({ message: 'vereist een van de rollen: leidinggevende' });
    const met = await app.inject({
      method: 'POST',
      url,
      headers: { authorization: `Bearer ${await token('VR09', 'medewerker', 'leidinggevende')}` },
    });
    expect(met.statusCode).toBe(201);
  });

  it('takes any of the controller roles, and a method list replaces the controller list', async () => {
    const auditor = `Bearer ${await token('VR01', 'auditor')}`;
    const privacy = `Bearer ${await token('VR01', 'privacyfunctionaris')}`;
    expect((await get('/api/v1/toegangslog', auditor)).statusCode).toBe(200);
    expect((await get('/api/v1/toegangslog', privacy)).statusCode).toBe(200);
    expect((await get('/api/v1/toegangslog', `Bearer ${await token('VR01', 'medewerker')}`)).statusCode).toBe(
      403,
    );
    expect((await get('/api/v1/toegangslog/export', auditor)).statusCode).toBe(403);
    expect((await get('/api/v1/toegangslog/export', privacy)).statusCode).toBe(200);
  });

  it('404 for a record of another region, 200 for the own region', async () => {
    const t = `Bearer ${await token('VR09', 'medewerker')}`;
    const ander = await get('/api/v1/dossiers/VR10/d-1', t);
    expect(ander.statusCode).toBe(404);
    // Byte for byte the 404 of a record that does not exist at all.
    expect(ander.json()).toEqual({ message: 'Not Found', statusCode: 404 });
    expect((await get('/api/v1/dossiers/VR09/d-1', t)).statusCode).toBe(200);
  });
});
