import { OngeldigeInvoer, RegelOvertreding } from '@vt/contracts';
import {
  type Adviesgegevens,
  type AmbtshalveVoorwaarden,
  bewaarTot,
  dossiernummer,
  laatsteContact,
  toetsAdvies,
  toetsAmbtshalveMelding,
  toetsOndersteuning,
} from './advies-regels';

const regelVan = (f: () => void): string | undefined => {
  try {
    f();
    return undefined;
  } catch (err) {
    if (err instanceof RegelOvertreding) return err.regel;
    if (err instanceof OngeldigeInvoer) return `400 ${err.errors.map((e) => e.field).join(',')}`;
    throw err;
  }
};

describe('advice rules (§3, §5, §15.5)', () => {
  const basis: Adviesgegevens = {
    kanaal: 'telefoon',
    adviesvragerType: 'omstander',
    toestemmingRegistratie: false,
  };

  it.each<[string, Partial<Adviesgegevens>, string | undefined]>([
    ['VT-15.5-a: no seeker data, no consent needed', {}, undefined],
    ['VT-15.5-a: seeker data with consent', { adviesvrager: {}, toestemmingRegistratie: true }, undefined],
    ['VT-15.5-a: seeker data without consent', { adviesvrager: {} }, 'VT-15.5-a'],
    ['VT-15.5-a: on chat too', { kanaal: 'chat', adviesvrager: {} }, 'VT-15.5-a'],
    [
      'VT-3.2.2-a: a professional with Meldcode answers',
      { adviesvragerType: 'professional', meldcode: {} },
      undefined,
    ],
    ['VT-3.2.2-a: a bystander with Meldcode answers', { meldcode: {} }, 'VT-3.2.2-a'],
    ['VT-3.3-a: a caller who wants a report', { eersteContact: { intentie: 'melding' } }, 'VT-3.3-a'],
    ['VT-3.3-a: a caller who wants advice', { eersteContact: { intentie: 'advies' } }, undefined],
    [
      'VT-3.2-d: a chat cannot carry a report, so advice is recorded',
      { kanaal: 'chat', eersteContact: { intentie: 'melding' } },
      undefined,
    ],
    [
      'VT-3.2.1-a: a minor who calls is never refused',
      { adviesvragerType: 'directbetrokkene', eersteContact: {} },
      undefined,
    ],
  ])('%s', (_naam, o, regel) => {
    expect(regelVan(() => toetsAdvies({ ...basis, ...o }))).toBe(regel);
  });
});

describe('VT-15.3.4.1-a: advice is kept until the last contact + 2 years, as a date in Europe/Amsterdam', () => {
  it.each([
    ['2026-03-02T10:00:00Z', '2028-03-02'],
    // 23:30 UTC on 31 Dec is already 1 Jan in Amsterdam.
    ['2025-12-31T23:30:00Z', '2028-01-01'],
    // Summer time: 22:30 UTC on 30 Jun is 00:30 on 1 Jul.
    ['2026-06-30T22:30:00Z', '2028-07-01'],
    // A leap day has no twin two years on: the last day of February.
    ['2028-02-29T12:00:00Z', '2030-02-28'],
  ])('last contact %s → %s', (contact, verwacht) => {
    expect(bewaarTot(new Date(contact))).toBe(verwacht);
  });

  it('a follow-up moves the last contact forward, never back', () => {
    const vroeg = new Date('2026-01-01T00:00:00Z');
    const laat = new Date('2026-06-01T00:00:00Z');
    expect(laatsteContact(undefined, vroeg)).toBe(vroeg);
    expect(laatsteContact(vroeg, laat)).toBe(laat);
    expect(laatsteContact(laat, vroeg)).toBe(laat);
  });
});

describe('VT-5.5-b: the file number the seeker quotes', () => {
  it('is stable per file, carries the region, and uses no letters that are misheard', () => {
    const id = '8d4a2f6c-3b9e-4c1d-a7f5-0e2b6c9d1a38';
    expect(dossiernummer(id, 'VR09')).toBe(dossiernummer(id, 'VR09'));
    expect(dossiernummer(id, 'VR09')).toMatch(/^A-VR09-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(dossiernummer('1f8c3e6a-9d2b-4f7c-b5e0-3a6d9c1f4e27', 'VR09')).not.toBe(dossiernummer(id, 'VR09'));
  });
});

describe('support actions (VT-4.3-a, VT-5.3-a, VT-5.3-b)', () => {
  it.each<[string, Parameters<typeof toetsOndersteuning>, string | undefined]>([
    ['a bystander is supported', ['omstander', { actie: 'veiligheidsplan' }], undefined],
    [
      'VT-5.3-a: a professional confirms consent',
      ['professional', { actie: 'deelname-gesprek', toestemmingBetrokkenenBevestigd: true }],
      undefined,
    ],
    [
      'VT-5.3-a: a professional without the confirmation',
      ['professional', { actie: 'deelname-gesprek' }],
      'VT-5.3-a',
    ],
    [
      'VT-5.3-a: a professional whose family refused',
      ['professional', { actie: 'veiligheidsplan', toestemmingBetrokkenenBevestigd: false }],
      'VT-5.3-a',
    ],
    ['an open list: overig says what it was', ['directbetrokkene', { actie: 'overig' }], '400 toelichting'],
    ['overig with a note', ['directbetrokkene', { actie: 'overig', toelichting: 'iets' }], undefined],
  ])('%s', (_naam, args, regel) => {
    expect(regelVan(() => toetsOndersteuning(...args))).toBe(regel);
  });
});

describe('the ex officio report (§4.4, §5.4): only when its conditions hold and the responsible worker decides following 2.2', () => {
  const alles: AmbtshalveVoorwaarden = {
    hoogEnAcuutRisico: true,
    onvoldoendeVeiligheid: false,
    geenOvereenstemming: true,
    persoonsgegevensBekend: true,
  };
  const besluit = { beslisser: 'mw-1', geconsulteerd: ['mw-2'] };

  it.each<[string, AdviesVoorMeldingCase, Partial<AmbtshalveVoorwaarden>, string | undefined]>([
    ['VT-5.4-a: all three conditions of a bystander', ['telefoon', 'omstander'], {}, undefined],
    [
      'VT-5.4-a: "and/or": insufficient safety instead of acute risk',
      ['telefoon', 'professional'],
      { hoogEnAcuutRisico: false, onvoldoendeVeiligheid: true },
      undefined,
    ],
    [
      'VT-5.4-a: neither acute risk nor insufficient safety',
      ['telefoon', 'omstander'],
      { hoogEnAcuutRisico: false },
      'VT-5.4-a',
    ],
    [
      'VT-5.4-a: agreement about a report was reached',
      ['persoonlijk', 'professional'],
      { geenOvereenstemming: false },
      'VT-5.4-a',
    ],
    [
      'VT-5.4-a: no personal data of the family',
      ['schriftelijk', 'omstander'],
      { persoonsgegevensBekend: false },
      'VT-5.4-a',
    ],
    [
      'VT-4.4-a: a directly involved person needs no disagreement',
      ['telefoon', 'directbetrokkene'],
      { geenOvereenstemming: undefined },
      undefined,
    ],
    [
      'VT-4.4-a: a directly involved person, family data unknown',
      ['telefoon', 'directbetrokkene'],
      { persoonsgegevensBekend: false },
      'VT-4.4-a',
    ],
    ['VT-3.2-d: a chat advice never becomes a report', ['chat', 'omstander'], {}, 'VT-3.2-d'],
  ])('%s', (_naam, [kanaal, adviesvragerType], o, regel) => {
    expect(
      regelVan(() => toetsAmbtshalveMelding({ kanaal, adviesvragerType }, { ...alles, ...o }, besluit)),
    ).toBe(regel);
  });

  it('names every unmet condition as a field', () => {
    let fout: RegelOvertreding | undefined;
    try {
      toetsAmbtshalveMelding(
        { kanaal: 'telefoon', adviesvragerType: 'omstander' },
        { hoogEnAcuutRisico: false, onvoldoendeVeiligheid: false, persoonsgegevensBekend: false },
        besluit,
      );
    } catch (err) {
      fout = err as RegelOvertreding;
    }
    expect(fout?.errors.map((e) => e.field)).toEqual([
      'voorwaarden.hoogEnAcuutRisico',
      'voorwaarden.geenOvereenstemming',
      'voorwaarden.persoonsgegevensBekend',
    ]);
  });

  it.each([
    [[], 'VT-2.2.1-a'],
    [['mw-1'], 'VT-2.2.1-a'],
    [['mw-1', 'mw-3'], undefined],
  ])('VT-2.2.1-a: consulted %j', (geconsulteerd, regel) => {
    expect(
      regelVan(() =>
        toetsAmbtshalveMelding({ kanaal: 'telefoon', adviesvragerType: 'omstander' }, alles, {
          beslisser: 'mw-1',
          geconsulteerd,
        }),
      ),
    ).toBe(regel);
  });
});

type AdviesVoorMeldingCase = [
  kanaal: 'telefoon' | 'chat' | 'persoonlijk' | 'schriftelijk',
  type: 'omstander' | 'professional' | 'directbetrokkene',
];
