import fc from 'fast-check';
import { Werkdagkalender } from '@vt/werkdagen';
import { Werkdagteller } from './werkdagteller';

const kalender = new Werkdagkalender();
const teller = new Werkdagteller(kalender);
const datum = fc
  .date({ min: new Date('2018-01-01T00:00:00Z'), max: new Date('2032-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('Werkdagteller: the calendar’s working days between two dates, in constant time', () => {
  it('answers exactly what Werkdagkalender.werkdagenTussen answers, both directions, across years', () => {
    fc.assert(
      fc.property(datum, datum, (van, tot) => {
        expect(teller.werkdagenTussen(van, tot)).toBe(kalender.werkdagenTussen(van, tot));
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['2026-04-24', '2026-04-28', 1, 'Koningsdag'],
    ['2026-04-02', '2026-04-07', 1, 'Goede Vrijdag and Easter Monday'],
    ['2025-12-24', '2025-12-29', 1, 'Christmas'],
    ['2026-05-13', '2026-05-18', 2, 'Hemelvaart'],
    ['2026-03-09', '2026-03-09', 0, 'the same day'],
    ['2026-03-10', '2026-03-06', -2, 'backwards over a weekend'],
  ])('%s → %s is %i (%s)', (van, tot, n) => {
    expect(teller.werkdagenTussen(van, tot)).toBe(n);
  });

  it('follows the configured calendar, e.g. an extra day off', () => {
    const eigen = new Werkdagteller(new Werkdagkalender({ extraDagen: ['2026-03-04'] }));
    expect(eigen.werkdagenTussen('2026-03-02', '2026-03-06')).toBe(3);
  });
});
