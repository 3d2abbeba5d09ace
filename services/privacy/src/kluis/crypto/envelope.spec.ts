import { blindIndex, newDataKey, open, seal, unwrapKey, wrapKey } from './envelope';

describe('envelope encryption', () => {
  const key = newDataKey();

  it('round-trips with the same AAD', () => {
    const sealed = seal(key, Buffer.from('Jansen'), 'persoon|gegevens|r1|v1');
    expect(open(key, sealed, 'persoon|gegevens|r1|v1').toString()).toBe('Jansen');
    expect(sealed.includes(Buffer.from('Jansen'))).toBe(false);
  });

  it('refuses a ciphertext moved to another row (AAD mismatch)', () => {
    const sealed = seal(key, Buffer.from('Jansen'), 'persoon|gegevens|r1|v1');
    expect(() => open(key, sealed, 'persoon|gegevens|r2|v1')).toThrow();
  });

  it('refuses a tampered ciphertext', () => {
    const sealed = seal(key, Buffer.from('Jansen'), 'a');
    sealed[14] ^= 1;
    expect(() => open(key, sealed, 'a')).toThrow();
  });

  it('wraps data keys bound to their key id', () => {
    const kek = newDataKey();
    const wrapped = wrapKey(kek, key, 'k1');
    expect(unwrapKey(kek, wrapped, 'k1').equals(key)).toBe(true);
    expect(() => unwrapKey(kek, wrapped, 'k2')).toThrow();
    expect(() => unwrapKey(newDataKey(), wrapped, 'k1')).toThrow();
  });

  it('truncates blind indexes to the configured bits', () => {
    const k = newDataKey();
    expect(blindIndex(k, '111222333', 16)).toMatch(/^[0-9a-f]{4}$/);
    expect(blindIndex(k, '111222333', 16)).toBe(blindIndex(k, '111222333', 16));
    expect(blindIndex(newDataKey(), '111222333', 32)).not.toBe(blindIndex(k, '111222333', 32));
  });
});
