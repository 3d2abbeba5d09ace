import { BEGIN_HASH, eersteBreuk, keten, ketenHash, type Toegang } from './hash-keten';

const toegang = (n: number): Omit<Toegang, 'volgnummer'> => ({
  tijdstip: new Date(Date.UTC(2026, 11, 1, 10, 0, n)),
  sub: `medewerker-${n}`,
  regio: 'VR09',
  handeling: 'lezen',
  doelbinding: 'onderzoek',
  persoonRef: '2d8f4b6a-1c9e-4a3d-8b7f-5e0a2c6d9f14',
  aantekeningRef: null,
  categorieen: ['naam', 'adres'],
});

describe('the access log hash chain (ADR 0023)', () => {
  const drie = keten(undefined, [toegang(1), toegang(2), toegang(3)]);

  it('numbers from 1 and chains each entry onto the one before it', () => {
    expect(drie.map((t) => t.volgnummer)).toEqual(['1', '2', '3']);
    expect(drie[0].vorigeHash.equals(BEGIN_HASH)).toBe(true);
    expect(drie[1].vorigeHash.equals(drie[0].hash)).toBe(true);
    expect(keten(drie[2], [toegang(4)])[0]).toMatchObject({ volgnummer: '4', vorigeHash: drie[2].hash });
    expect(eersteBreuk(undefined, drie)).toBeUndefined();
    expect(eersteBreuk(drie[0], drie.slice(1))).toBeUndefined();
  });

  it.each<[string, (rijen: ReturnType<typeof keten>) => ReturnType<typeof keten>, string, string]>([
    ['a changed purpose', (r) => [r[0], { ...r[1], doelbinding: 'nieuwsgierigheid' }, r[2]], '2', 'changed'],
    ['a changed reader', (r) => [{ ...r[0], sub: 'iemand-anders' }, r[1], r[2]], '1', 'changed'],
    ['a changed category list', (r) => [r[0], r[1], { ...r[2], categorieen: ['naam'] }], '3', 'changed'],
    ['a removed entry', (r) => [r[0], r[2]], '3', 'missing'],
    [
      'a rehashed entry (hash recomputed after an edit)',
      (r) => {
        const bewerkt = { ...r[1], sub: 'iemand-anders' };
        return [r[0], { ...bewerkt, hash: ketenHash(bewerkt.vorigeHash, bewerkt) }, r[2]];
      },
      '3',
      'does not follow',
    ],
  ])('finds %s', (_, bewerk, volgnummer, reden) => {
    expect(eersteBreuk(undefined, bewerk(drie))).toMatchObject({
      volgnummer,
      reden: expect.stringContaining(reden),
    });
  });
});
