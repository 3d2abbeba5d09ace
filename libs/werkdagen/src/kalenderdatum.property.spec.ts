import fc from 'fast-check';
import { datumInAmsterdam } from './kalenderdatum';

const amsterdam = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', dateStyle: 'short' });

describe('datumInAmsterdam, answered per UTC hour from its last answer', () => {
  const moment = fc.date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  });

  it('gives the date Intl gives, for any sequence of instants (also within the hours around midnight and DST)', () => {
    // Each instant is followed by neighbours in the same and the adjacent hours, so the remembered hour is hit.
    const buren = fc.array(fc.integer({ min: -7_200_000, max: 7_200_000 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(moment, buren, (d, stappen) => {
        for (const ms of [d.getTime(), ...stappen.map((s) => d.getTime() + s)]) {
          expect(datumInAmsterdam(new Date(ms))).toBe(amsterdam.format(ms));
        }
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['2026-03-29T00:59:59.999Z', '2026-03-29'],
    ['2026-10-24T21:59:59.999Z', '2026-10-24'],
    ['2026-10-24T22:00:00.000Z', '2026-10-25'],
    ['2026-12-31T22:59:59.999Z', '2026-12-31'],
    ['2026-12-31T23:00:00.000Z', '2027-01-01'],
    ['2026-12-31T22:59:59.999Z', '2026-12-31'],
  ])('%s in sequence is %s in Amsterdam', (instant, datum) => {
    expect(datumInAmsterdam(instant)).toBe(datum);
  });
});
