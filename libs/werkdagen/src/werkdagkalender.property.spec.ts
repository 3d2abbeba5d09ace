import fc from 'fast-check';
import { FEESTDAG_CODES } from './feestdagen';
import { Werkdagkalender } from './werkdagkalender';

const standaard = new Werkdagkalender();

const ontvangstmoment = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2099-12-31T00:00:00Z'),
  noInvalidDate: true,
});
const kalenderdatum = ontvangstmoment.map((d) => d.toISOString().slice(0, 10));
const kalender = fc.oneof(
  fc.constant(standaard),
  fc
    .record({
      feestdagen: fc.subarray([...FEESTDAG_CODES]),
      extraDagen: fc.uniqueArray(kalenderdatum, { maxLength: 5 }),
    })
    .map((config) => new Werkdagkalender(config)),
);

// Counted with a plain day-by-day walk, independent of werkdagenTussen.
function werkdagenIn(k: Werkdagkalender, vanExclusief: string, totInclusief: string): number {
  let aantal = 0;
  for (
    let t = Date.parse(`${vanExclusief}T00:00:00Z`) + 86_400_000;
    t <= Date.parse(`${totInclusief}T00:00:00Z`);
  ) {
    if (k.isWerkdag(new Date(t).toISOString().slice(0, 10))) aantal += 1;
    t += 86_400_000;
  }
  return aantal;
}

describe('Werkdagkalender properties (PD-13)', () => {
  it('VT-7.2-a / VT-7.3-a: werkdagNa(x, n + 1) is later than werkdagNa(x, n)', () => {
    fc.assert(
      fc.property(kalender, ontvangstmoment, fc.integer({ min: 0, max: 30 }), (k, x, n) => {
        expect(k.werkdagNa(x, n + 1) > k.werkdagNa(x, n)).toBe(true);
      }),
    );
  });

  it('VT-7.2-a / VT-7.3-a: for n ≥ 1 the result is a werkdag with exactly n werkdagen in (receipt date, result]', () => {
    fc.assert(
      fc.property(kalender, ontvangstmoment, fc.integer({ min: 1, max: 30 }), (k, x, n) => {
        const ontvangen = k.datumInAmsterdam(x);
        const uiterlijk = k.werkdagNa(x, n);
        expect(k.isWerkdag(uiterlijk)).toBe(true);
        expect(werkdagenIn(k, ontvangen, uiterlijk)).toBe(n);
        expect(k.werkdagenTussen(ontvangen, uiterlijk)).toBe(n);
      }),
    );
  });

  it('plusWerkdagen backwards undoes plusWerkdagen forwards from a werkdag', () => {
    fc.assert(
      fc.property(kalender, kalenderdatum, fc.integer({ min: 0, max: 30 }), (k, datum, n) => {
        const werkdag = k.verschuifNaarWerkdag(datum);
        expect(k.plusWerkdagen(k.plusWerkdagen(werkdag, n), -n)).toBe(werkdag);
        expect(k.werkdagenTussen(k.plusWerkdagen(werkdag, n), werkdag)).toBe(0 - n);
      }),
    );
  });

  it('Algemene termijnenwet art. 1: verschuifNaarWerkdag gives the first werkdag on or after the date', () => {
    fc.assert(
      fc.property(kalender, kalenderdatum, (k, datum) => {
        const verschoven = k.verschuifNaarWerkdag(datum);
        expect(verschoven >= datum).toBe(true);
        expect(k.isWerkdag(verschoven)).toBe(true);
        expect(werkdagenIn(k, datum, verschoven)).toBe(datum === verschoven ? 0 : 1);
      }),
    );
  });

  it('plusMaanden keeps the day of month or clamps it to the month end', () => {
    fc.assert(
      fc.property(kalenderdatum, fc.integer({ min: -24, max: 24 }), (datum, n) => {
        const [jaar, maand, dag] = datum.split('-').map(Number) as [number, number, number];
        const [j2, m2, d2] = standaard.plusMaanden(datum, n).split('-').map(Number) as [
          number,
          number,
          number,
        ];
        expect(j2 * 12 + m2 - (jaar * 12 + maand)).toBe(n);
        const laatsteDag = new Date(Date.UTC(j2, m2, 0)).getUTCDate();
        expect(d2).toBe(Math.min(dag, laatsteDag));
      }),
    );
  });
});
