import { maandGrenzen, naleving } from './naleving';

describe('VT-7.2-a: deadline compliance beside the sector norm of 90 %', () => {
  it.each([
    ['nothing with an outcome yet', { tijdig: 0, teLaat: 0, verlopenOpen: 0, lopend: 4 }, {}],
    [
      'all in time',
      { tijdig: 10, teLaat: 0, verlopenOpen: 0, lopend: 0 },
      { aandeelTijdig: 1, voldoetAanNorm: true },
    ],
    [
      'exactly the norm',
      { tijdig: 9, teLaat: 1, verlopenOpen: 0, lopend: 3 },
      { aandeelTijdig: 0.9, voldoetAanNorm: true },
    ],
    [
      'an overdue open one counts against',
      { tijdig: 9, teLaat: 0, verlopenOpen: 1, lopend: 0 },
      { aandeelTijdig: 0.9, voldoetAanNorm: true },
    ],
    [
      'below the norm',
      { tijdig: 8, teLaat: 1, verlopenOpen: 1, lopend: 0 },
      { aandeelTijdig: 0.8, voldoetAanNorm: false },
    ],
    [
      'a third, rounded',
      { tijdig: 1, teLaat: 2, verlopenOpen: 0, lopend: 0 },
      { aandeelTijdig: 0.3333, voldoetAanNorm: false },
    ],
  ])('%s', (_geval, tellingen, verwacht) => {
    expect(naleving(tellingen)).toEqual(verwacht);
  });

  it.each([
    ['2026-03', { van: '2026-03-01', tot: '2026-04-01' }],
    ['2026-12', { van: '2026-12-01', tot: '2027-01-01' }],
    ['2025-09', { van: '2025-09-01', tot: '2025-10-01' }],
  ])('the month %s runs from its first day to the next month’s', (maand, grenzen) => {
    expect(maandGrenzen(maand)).toEqual(grenzen);
  });
});
