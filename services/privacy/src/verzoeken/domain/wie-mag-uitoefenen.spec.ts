import { type Hoedanigheid, RegelOvertreding, type VerzoekSoort } from '@vt/contracts';
import { type Indiening, leeftijdOp, toetsIndiening, wieMagUitoefenen } from './wie-mag-uitoefenen';

const WV = 'wettelijk-vertegenwoordiger';
const NIET_VERNIETIGING: VerzoekSoort[] = ['inzage', 'afschrift', 'correctie', 'eigen-verklaring'];

describe('wieMagUitoefenen: the age table of §15.8.6.1', () => {
  // [soort, age on the request date, wilsonbekwaam, who may exercise the right]
  const tabel: [VerzoekSoort, number | undefined, boolean, Hoedanigheid[]][] = [
    ...NIET_VERNIETIGING.flatMap((s): [VerzoekSoort, number, boolean, Hoedanigheid[]][] => [
      [s, 0, false, [WV]],
      [s, 11, false, [WV]],
      [s, 12, false, ['zelf', WV]],
      [s, 15, false, ['zelf', WV]],
      [s, 16, false, ['zelf']],
      [s, 17, false, ['zelf']],
      [s, 45, false, ['zelf']],
      [s, 11, true, [WV]],
      [s, 13, true, ['zelf', WV]],
      [s, 16, true, ['zelf', WV]],
    ]),
    ['vernietiging', 0, false, [WV]],
    ['vernietiging', 11, false, [WV]],
    ['vernietiging', 12, false, ['zelf']],
    ['vernietiging', 15, false, ['zelf']],
    ['vernietiging', 16, false, ['zelf']],
    ['vernietiging', 40, false, ['zelf']],
    ['vernietiging', 12, true, ['zelf', WV]],
    ['vernietiging', 17, true, ['zelf', WV]],
    ['inzage', undefined, false, ['zelf']],
    ['vernietiging', undefined, false, ['zelf']],
  ];
  it.each(tabel)(
    'VT-15.8.6.1-a/-b/-c: %s at age %p (wilsonbekwaam %p) is exercised by %p',
    (soort, leeftijd, wilsonbekwaam, verwacht) => {
      expect([...wieMagUitoefenen(soort, leeftijd, wilsonbekwaam)].sort()).toEqual([...verwacht].sort());
    },
  );
});

describe('leeftijdOp', () => {
  it.each([
    ['2014-03-04', '2026-03-03', 11],
    ['2014-03-04', '2026-03-04', 12],
    ['2010-12-31', '2026-12-30', 15],
    ['2010-12-31', '2026-12-31', 16],
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
  ])('born %s is on %s aged %i', (geboren, op, leeftijd) => {
    expect(leeftijdOp(geboren, op)).toBe(leeftijd);
  });
});

describe('toetsIndiening', () => {
  const kind = 'c0000000-0000-4000-8000-000000000001';
  const ouder = 'c0000000-0000-4000-8000-000000000002';
  const basis: Indiening = {
    soort: 'inzage',
    hoedanigheid: 'zelf',
    persoonRef: kind,
    indienerRef: kind,
    leeftijd: 14,
    wilsonbekwaam: false,
    indienerHeeftGezag: false,
    delenDossier: false,
  };
  const regel = (i: Partial<Indiening>) => {
    try {
      toetsIndiening({ ...basis, ...i });
      return 'toegestaan';
    } catch (err) {
      if (err instanceof RegelOvertreding) return err.regel;
      throw err;
    }
  };
  const vertegenwoordiger = {
    hoedanigheid: WV,
    indienerRef: ouder,
    indienerHeeftGezag: true,
    delenDossier: true,
  } as const;

  it.each<[string, Partial<Indiening>, string]>([
    ['a 14-year-old asks inzage himself', {}, 'toegestaan'],
    ['a parent with gezag asks inzage for a 14-year-old', vertegenwoordiger, 'toegestaan'],
    ['a parent asks inzage for a 16-year-old', { ...vertegenwoordiger, leeftijd: 16 }, 'VT-15.8.6.1-a'],
    ['an 11-year-old asks inzage himself', { leeftijd: 11 }, 'VT-15.8.6.1-a'],
    [
      'a parent asks destruction for a 12-year-old',
      { ...vertegenwoordiger, soort: 'vernietiging', leeftijd: 12 },
      'VT-15.8.6.1-b',
    ],
    [
      'a parent asks destruction for an 11-year-old',
      { ...vertegenwoordiger, soort: 'vernietiging', leeftijd: 11 },
      'toegestaan',
    ],
    ['a 12-year-old asks destruction himself', { soort: 'vernietiging', leeftijd: 12 }, 'toegestaan'],
    [
      'a parent asks destruction for a 13-year-old judged not competent',
      { ...vertegenwoordiger, soort: 'vernietiging', leeftijd: 13, wilsonbekwaam: true },
      'toegestaan',
    ],
    [
      'not competent is judged from 12 only',
      { ...vertegenwoordiger, leeftijd: 10, wilsonbekwaam: true },
      'VT-15.8.6.1-c',
    ],
    [
      'a representative without recorded gezag',
      { ...vertegenwoordiger, indienerHeeftGezag: false },
      'VT-15.8.6.1-e',
    ],
    [
      'a representative on no file of the child',
      { ...vertegenwoordiger, delenDossier: false },
      'VT-15.8.6.1-e',
    ],
    ['"zelf" about someone else', { indienerRef: ouder }, 'VT-15.8-a'],
    ['a representative of himself', { hoedanigheid: WV }, 'VT-15.8.6.1-e'],
    [
      'a representative of a person of unknown age',
      { ...vertegenwoordiger, leeftijd: undefined },
      'VT-15.8.6.1-a',
    ],
  ])('%s → %s', (_, i, verwacht) => {
    expect(regel(i)).toBe(verwacht);
  });
});
