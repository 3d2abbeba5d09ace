import { SignJWT } from 'jose';
import { DEV_ISSUER } from './dev-token';
import { TokenAfgewezen, TokenVerifier } from './token-verifier';

const SECRET = 'test-secret-test-secret-test-secret-0123';
const START = Date.parse('2026-12-01T12:00:00Z');

const teken = (exp: number, secret = SECRET) =>
  new SignJWT({ regio: 'VR09', rollen: ['medewerker'] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('emp-1')
    .setIssuer(DEV_ISSUER)
    .setIssuedAt(START / 1000)
    .setExpirationTime(exp)
    .sign(new TextEncoder().encode(secret));

describe('TokenVerifier remembers verified tokens without weakening them', () => {
  const verifier = () => new TokenVerifier({ modus: 'hs256', secret: SECRET, issuer: DEV_ISSUER });

  beforeEach(() => jest.useFakeTimers({ now: START, doNotFake: ['nextTick', 'queueMicrotask'] }));
  afterEach(() => jest.useRealTimers());

  it('refuses a token it verified before once it expires, at the moment jose would', async () => {
    const v = verifier();
    const token = await teken(START / 1000 + 5);
    await expect(v.verifieer(token)).resolves.toEqual({
      sub: 'emp-1',
      regio: 'VR09',
      rollen: ['medewerker'],
    });
    // Within the clock margin of 30 s the token is still valid, the next second it is not.
    jest.setSystemTime(START + 34_999);
    await expect(v.verifieer(token)).resolves.toMatchObject({ sub: 'emp-1' });
    jest.setSystemTime(START + 35_000);
    await expect(v.verifieer(token)).rejects.toEqual(new TokenAfgewezen('verlopen'));
  });

  it('refuses a token signed with another key after a valid one of the same claims was verified', async () => {
    const v = verifier();
    await v.verifieer(await teken(START / 1000 + 600));
    await expect(
      v.verifieer(await teken(START / 1000 + 600, 'een-heel-ander-geheim-van-minstens-32-tekens')),
    ).rejects.toEqual(new TokenAfgewezen('ongeldig'));
  });

  it('gives each caller its own user, so changing one does not change the next request', async () => {
    const v = verifier();
    const token = await teken(START / 1000 + 600);
    (await v.verifieer(token)).rollen.push('vertrouwensarts');
    await expect(v.verifieer(token)).resolves.toEqual({
      sub: 'emp-1',
      regio: 'VR09',
      rollen: ['medewerker'],
    });
  });
});
