import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';
import { testApp } from './test/test-app';

const ISSUER = 'https://idp.veiligthuis.test/realms/vt';
const AUDIENCE = 'vt-api';

interface TestKey {
  kid: string;
  alg: 'RS256' | 'ES256';
  privateKey: KeyLike;
  publicKey: KeyLike;
}

async function testKey(kid: string, alg: 'RS256' | 'ES256'): Promise<TestKey> {
  return { kid, alg, ...(await generateKeyPair(alg)) };
}

async function teken(
  s: TestKey,
  claims: Record<string, unknown> = {},
  opties: { iss?: string; aud?: string } = {},
) {
  return new SignJWT({ regio: 'VR09', rollen: ['medewerker'], ...claims })
    .setProtectedHeader({ alg: s.alg, kid: s.kid, typ: 'JWT' })
    .setSubject('emp-7')
    .setIssuer(opties.iss ?? ISSUER)
    .setAudience(opties.aud ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(s.privateKey);
}

describe('JwtAuthGuard against a JWKS (RS256/ES256)', () => {
  let server: Server;
  let app: NestFastifyApplication;
  let rsa: TestKey;
  let ec: TestKey;
  let jwksOpvragingen = 0;

  beforeAll(async () => {
    rsa = await testKey('rsa-1', 'RS256');
    ec = await testKey('ec-1', 'ES256');
    const keys: JWK[] = [];
    for (const s of [rsa, ec])
      keys.push({ ...(await exportJWK(s.publicKey)), kid: s.kid, alg: s.alg, use: 'sig' });
    server = createServer((req, res) => {
      if (req.url !== '/realms/vt/certs') return void res.writeHead(404).end();
      jwksOpvragingen += 1;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    app = await testApp({
      modus: 'jwks',
      jwksUri: `http://127.0.0.1:${port}/realms/vt/certs`,
      issuer: ISSUER,
      audience: AUDIENCE,
    });
  });
  afterAll(async () => {
    await app.close();
    await new Promise((resolve) => server.close(resolve));
  });

  const ik = (token: string) =>
    app.inject({ method: 'GET', url: '/api/v1/ik', headers: { authorization: `Bearer ${token}` } });

  it('accepts RS256 and ES256 tokens signed by the published keys, fetching the set once', async () => {
    const viaRsa = await ik(await teken(rsa));
    expect(viaRsa.statusCode).toBe(200);
    expect(viaRsa.json()).toEqual({ sub: 'emp-7', regio: 'VR09', rollen: ['medewerker'] });
    expect((await ik(await teken(ec))).statusCode).toBe(200);
    expect(jwksOpvragingen).toBe(1);
  });

  it('401 for the wrong audience or issuer', async () => {
    expect((await ik(await teken(rsa, {}, { aud: 'ander-systeem' }))).statusCode).toBe(401);
    expect((await ik(await teken(rsa, {}, { iss: 'https://nep-idp.test' }))).statusCode).toBe(401);
  });

  it('401 for a key that is not in the set, even under a known kid', async () => {
    const indringer = await testKey('rsa-1', 'RS256');
    expect((await ik(await teken(indringer))).statusCode).toBe(401);
    expect((await ik(await teken({ ...indringer, kid: 'onbekend' }))).statusCode).toBe(401);
  });

  it('401 for HS256 tokens: no algorithm confusion with the public key as HMAC secret', async () => {
    const pem = await exportSPKI(rsa.publicKey);
    const jwk = JSON.stringify(await exportJWK(rsa.publicKey));
    for (const geheim of [pem, jwk, 'test-secret-test-secret-test-secret-0123']) {
      const verward = await new SignJWT({ regio: 'VR09', rollen: ['leidinggevende'] })
        .setProtectedHeader({ alg: 'HS256', kid: 'rsa-1' })
        .setSubject('emp-7')
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setExpirationTime('5m')
        .sign(new TextEncoder().encode(geheim));
      const res = await ik(verward);
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ message: 'token ongeldig' });
    }
  });

  it('403 and 404 work the same as with HS256', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/meldingen/m-1/in-behandeling',
      headers: { authorization: `Bearer ${await teken(ec)}` },
    });
    expect(res.statusCode).toBe(403);
    const ander = await app.inject({
      method: 'GET',
      url: '/api/v1/dossiers/VR10/d-1',
      headers: { authorization: `Bearer ${await teken(ec)}` },
    });
    expect(ander.statusCode).toBe(404);
  });
});

describe('JwtAuthGuard when the JWKS cannot be fetched', () => {
  it('answers 503, not 401: the caller did nothing wrong', async () => {
    const dicht = createServer();
    await new Promise<void>((resolve) => dicht.listen(0, '127.0.0.1', resolve));
    const { port } = dicht.address() as AddressInfo;
    await new Promise((resolve) => dicht.close(resolve));
    const app = await testApp({
      modus: 'jwks',
      jwksUri: `http://127.0.0.1:${port}/certs`,
      issuer: ISSUER,
      audience: AUDIENCE,
    });
    try {
      const s = await testKey('rsa-1', 'RS256');
      const res = await app.inject({
        method: 'GET',
        url: '/api/v1/ik',
        headers: { authorization: `Bearer ${await teken(s)}` },
      });
      expect(res.statusCode).toBe(503);
    } finally {
      await app.close();
    }
  });
});
