import fc from 'fast-check';
import {
  isGevoeligeSleutel,
  PERSOONSGEGEVENS_SLEUTELS,
  redactPaden,
  verwijderPersoonsgegevens,
} from './persoonsgegevens';

describe('isGevoeligeSleutel', () => {
  it.each([
    'naam',
    'Naam',
    'bsn',
    'BSN',
    'schaalvraagToelichting',
    'afwijkingMotivering',
    'termijnToelichting',
    'melder_naam',
    'geboorte_datum',
    'emailadres',
    'betrokkenInformatie',
    'authorization',
    'set-cookie',
    'body',
  ])('%s is personal data or a credential', (sleutel) => {
    expect(isGevoeligeSleutel(sleutel)).toBe(true);
  });

  it.each([
    'status',
    'meldingId',
    'persoonRef',
    'termijnOverschreden',
    'regio',
    'trace_id',
    'gemeentecode',
    'rol',
  ])('%s is not', (sleutel) => {
    expect(isGevoeligeSleutel(sleutel)).toBe(false);
  });

  it('knows every listed key', () => {
    for (const sleutel of PERSOONSGEGEVENS_SLEUTELS) expect(isGevoeligeSleutel(sleutel)).toBe(true);
  });
});

describe('verwijderPersoonsgegevens', () => {
  it('removes personal keys at depth 1 to 4 and keeps the rest', () => {
    const invoer = {
      bsn: '123456782',
      status: 'ontvangen',
      melder: { naam: 'Piet Melder', type: 'omstander' },
      huishouden: {
        gemeentecode: 'GM0344',
        personen: [
          {
            rol: 'kind',
            voornaam: 'Jan',
            achternaam: 'Jansen',
            geboortedatum: '2015-01-01',
            bsn: '111222333',
          },
        ],
      },
      a: { b: { c: { omschrijving: 'zorgen over Jan', d: 4 } } },
    };
    expect(verwijderPersoonsgegevens(invoer)).toEqual({
      status: 'ontvangen',
      melder: { type: 'omstander' },
      huishouden: { gemeentecode: 'GM0344', personen: [{ rol: 'kind' }] },
      a: { b: { c: { d: 4 } } },
    });
  });

  it('does not change its input and returns it when there is nothing to remove', () => {
    const invoer = { melder: { naam: 'Piet' }, id: 'x' };
    const kopie = structuredClone(invoer);
    verwijderPersoonsgegevens(invoer);
    expect(invoer).toEqual(kopie);
    const schoon = { a: [1, { b: 'c' }], d: new Date(0) };
    expect(verwijderPersoonsgegevens(schoon)).toBe(schoon);
  });

  it('follows toJSON, replaces binary data and survives cycles', () => {
    class Entiteit {
      constructor(readonly naam: string) {}
      toJSON() {
        return { naam: this.naam, soort: 'entiteit' };
      }
    }
    const cyclisch: Record<string, unknown> = { id: 1 };
    cyclisch.zelf = cyclisch;
    const uit = verwijderPersoonsgegevens({
      e: new Entiteit('Jan'),
      buf: Buffer.from('Jan Jansen'),
      cyclisch,
    });
    expect(uit).toEqual({
      e: { soort: 'entiteit' },
      buf: '[binair 10 bytes]',
      cyclisch: { id: 1, zelf: '[Circular]' },
    });
  });

  it('leaves keys with their own serializer alone at the top level only', () => {
    const req = { naam: 'raw' };
    expect(verwijderPersoonsgegevens({ req, x: { req } }, new Set(['req']))).toEqual({ req, x: { req: {} } });
  });

  it('never lets a value under a personal key through, at any depth (property)', () => {
    const marker = 'MARKER-7f3a';
    const sleutel = fc.constantFrom(...PERSOONSGEGEVENS_SLEUTELS, 'schaalvraagToelichting', 'melder_naam');
    const boom = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom(1, 'x', true, null),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom('a', 'b', 'status', 'lijst'), tie('node'), { maxKeys: 3 }),
        fc.record({ k: sleutel, v: fc.constant(marker) }).map(({ k, v }) => ({ [k]: v })),
      ),
    })).node;
    fc.assert(
      fc.property(boom, (waarde) => {
        expect(JSON.stringify(verwijderPersoonsgegevens(waarde)) ?? '').not.toContain(marker);
      }),
    );
  });
});

describe('redactPaden', () => {
  it('covers every key at depth 1 and 2 and the credential headers', () => {
    const paden = redactPaden();
    expect(paden).toEqual(expect.arrayContaining(['bsn', '*.bsn', 'req.headers.authorization']));
    for (const sleutel of PERSOONSGEGEVENS_SLEUTELS) expect(paden).toContain(`*.${sleutel}`);
  });
});
