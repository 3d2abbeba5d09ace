import fc from 'fast-check';
import { createCipheriv, randomBytes } from 'node:crypto';
import { blindIndex, kidVan, newDataKey, open, seal, unwrapKey, wrapKey } from './envelope';

describe('envelope encryption, ciphertext format v1 (ADR 0023)', () => {
  const key = newDataKey();
  const kid = '6b3e9d1f-8a2c-4e7b-9d4a-0f5c1b8e3a62';

  it('round-trips with the same AAD and names its key in the header', () => {
    const sealed = seal(key, Buffer.from('Jansen'), 'persoon|gegevens|r1|v1', kid);
    expect(open(key, sealed, 'persoon|gegevens|r1|v1').toString()).toBe('Jansen');
    expect(sealed.subarray(0, 2).toString()).toBe('v1');
    expect(kidVan(sealed)).toBe(kid);
    expect(sealed.includes(Buffer.from('Jansen'))).toBe(false);
  });

  it('refuses a ciphertext moved to another row (AAD mismatch)', () => {
    const sealed = seal(key, Buffer.from('Jansen'), 'persoon|gegevens|r1|v1', kid);
    expect(() => open(key, sealed, 'persoon|gegevens|r2|v1')).toThrow();
  });

  it('refuses a tampered ciphertext, and a header naming another key', () => {
    const sealed = seal(key, Buffer.from('Jansen'), 'a', kid);
    const body = Buffer.from(sealed);
    body[body.length - 20] ^= 1;
    expect(() => open(key, body, 'a')).toThrow();
    const andereKid = Buffer.from(sealed);
    andereKid[3] = andereKid[3] === 0x61 ? 0x62 : 0x61;
    expect(() => open(key, andereKid, 'a')).toThrow();
  });

  it('still opens a ciphertext sealed before v1 (iv ‖ ct ‖ tag, no header)', () => {
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', key, iv);
    c.setAAD(Buffer.from('a'));
    const oud = Buffer.concat([iv, c.update('Jansen'), c.final(), c.getAuthTag()]);
    expect(open(key, oud, 'a').toString()).toBe('Jansen');
  });

  it('wraps data keys bound to their key id, naming the KEK', () => {
    const kek = newDataKey();
    const wrapped = wrapKey(kek, 'kek-2026-12', key, 'k1');
    expect(kidVan(wrapped)).toBe('kek-2026-12');
    expect(unwrapKey(kek, wrapped, 'k1').equals(key)).toBe(true);
    expect(() => unwrapKey(kek, wrapped, 'k2')).toThrow();
    expect(() => unwrapKey(newDataKey(), wrapped, 'k1')).toThrow();
  });

  it('round-trips any plaintext under any AAD and key id, and never under another AAD (property)', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 2000 }),
        fc.string(),
        fc.stringMatching(/^[A-Za-z0-9._:-]{1,64}$/),
        fc.string({ minLength: 1 }),
        (plaintext, aad, keyId, anders) => {
          const sealed = seal(key, Buffer.from(plaintext), aad, keyId);
          expect(kidVan(sealed)).toBe(keyId);
          expect(open(key, sealed, aad).equals(Buffer.from(plaintext))).toBe(true);
          expect(() => open(key, sealed, aad + anders)).toThrow();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('truncates blind indexes to the configured bits', () => {
    const k = newDataKey();
    expect(blindIndex(k, '111222333', 16)).toMatch(/^[0-9a-f]{4}$/);
    expect(blindIndex(k, '111222333', 16)).toBe(blindIndex(k, '111222333', 16));
    expect(blindIndex(newDataKey(), '111222333', 32)).not.toBe(blindIndex(k, '111222333', 32));
  });
});
