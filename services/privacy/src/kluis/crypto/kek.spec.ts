import { kidVan, newDataKey } from './envelope';
import { EnvKeyEncryptionKeys, OnbekendeKek } from './kek';

describe('KEKs from env with rotation (ADR 0023)', () => {
  const oud = { id: 'kek-1', key: newDataKey() };
  const nieuw = { id: 'kek-2', key: newDataKey() };
  const dek = newDataKey();

  it('new wraps use the current KEK; keys wrapped under the one before still unwrap', async () => {
    const voor = new EnvKeyEncryptionKeys(oud);
    const onderOud = await voor.wrap(dek, 'k1');
    const na = new EnvKeyEncryptionKeys(nieuw, [oud]);
    const onderNieuw = await na.wrap(dek, 'k1');
    expect([kidVan(onderOud), kidVan(onderNieuw)]).toEqual(['kek-1', 'kek-2']);
    expect((await na.unwrap(onderOud, 'k1')).equals(dek)).toBe(true);
    expect((await na.unwrap(onderNieuw, 'k1')).equals(dek)).toBe(true);
  });

  it('a KEK that is no longer configured unwraps nothing', async () => {
    const onderOud = await new EnvKeyEncryptionKeys(oud).wrap(dek, 'k1');
    await expect(new EnvKeyEncryptionKeys(nieuw).unwrap(onderOud, 'k1')).rejects.toBeInstanceOf(OnbekendeKek);
  });
});
