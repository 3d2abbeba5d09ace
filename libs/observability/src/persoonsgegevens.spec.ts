import fc from 'fast-check';
import { isSensitiveField, PERSONAL_DATA_FIELDS, redactPaths, withoutPersonalData } from './persoonsgegevens';

describe('isSensitiveField', () => {
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
  ])('%s is personal data or a credential', (field) => {
    expect(isSensitiveField(field)).toBe(true);
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
  ])('%s is not', (field) => {
    expect(isSensitiveField(field)).toBe(false);
  });

  it('knows every listed key', () => {
    for (const field of PERSONAL_DATA_FIELDS) expect(isSensitiveField(field)).toBe(true);
  });
});

describe('withoutPersonalData', () => {
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
    expect(withoutPersonalData(invoer)).toEqual({
      status: 'ontvangen',
      melder: { type: 'omstander' },
      huishouden: { gemeentecode: 'GM0344', personen: [{ rol: 'kind' }] },
      a: { b: { c: { d: 4 } } },
    });
  });

  it('does not change its input and returns it when there is nothing to remove', () => {
    const invoer = { melder: { naam: 'Piet' }, id: 'x' };
    const kopie = structuredClone(invoer);
    withoutPersonalData(invoer);
    expect(invoer).toEqual(kopie);
    const schoon = { a: [1, { b: 'c' }], d: new Date(0) };
    expect(withoutPersonalData(schoon)).toBe(schoon);
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
    const uit = withoutPersonalData({
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
    expect(withoutPersonalData({ req, x: { req } }, new Set(['req']))).toEqual({ req, x: { req: {} } });
  });

  it('never lets a value under a personal key through, at any depth (property)', () => {
    const marker = 'MARKER-7f3a';
    const field = fc.constantFrom(...PERSONAL_DATA_FIELDS, 'schaalvraagToelichting', 'melder_naam');
    const boom = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom(1, 'x', true, null),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom('a', 'b', 'status', 'lijst'), tie('node'), { maxKeys: 3 }),
        fc.record({ k: field, v: fc.constant(marker) }).map(({ k, v }) => ({ [k]: v })),
      ),
    })).node;
    fc.assert(
      fc.property(boom, (waarde) => {
        expect(JSON.stringify(withoutPersonalData(waarde)) ?? '').not.toContain(marker);
      }),
    );
  });
});

describe('redactPaths', () => {
  it('covers every key at depth 1 and 2 and the credential headers', () => {
    const paths = redactPaths();
    expect(paths).toEqual(expect.arrayContaining(['bsn', '*.bsn', 'req.headers.authorization']));
    for (const field of PERSONAL_DATA_FIELDS) expect(paths).toContain(`*.${field}`);
  });
});
