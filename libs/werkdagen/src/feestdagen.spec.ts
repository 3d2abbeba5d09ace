import Holidays from 'date-holidays';
import { FEESTDAG_CODES, feestdagenInJaar, isFeestdagCode, type FeestdagCode } from './feestdagen';

// Gregorian Easter (anonymous algorithm), to check date-holidays' rules independently.
function pasen(jaar: number): string {
  const a = jaar % 19;
  const b = Math.floor(jaar / 100);
  const c = jaar % 100;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - Math.floor(b / 4) - g + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const maand = Math.floor((h + l - 7 * m + 114) / 31);
  const dag = ((h + l - 7 * m + 114) % 31) + 1;
  return `${jaar}-${String(maand).padStart(2, '0')}-${String(dag).padStart(2, '0')}`;
}

const plus = (datum: string, dagen: number) =>
  new Date(Date.parse(`${datum}T00:00:00Z`) + dagen * 86_400_000).toISOString().slice(0, 10);
const weekdag = (datum: string) => new Date(`${datum}T00:00:00Z`).getUTCDay();

function verwacht(jaar: number): Record<FeestdagCode, string> {
  const p = pasen(jaar);
  const koningsdag =
    jaar >= 2014 ? (weekdag(`${jaar}-04-27`) === 0 ? `${jaar}-04-26` : `${jaar}-04-27`) : koninginnedag(jaar);
  return {
    nieuwjaarsdag: `${jaar}-01-01`,
    'goede-vrijdag': plus(p, -2),
    'tweede-paasdag': plus(p, 1),
    koningsdag,
    bevrijdingsdag: `${jaar}-05-05`,
    hemelvaartsdag: plus(p, 39),
    'tweede-pinksterdag': plus(p, 50),
    'eerste-kerstdag': `${jaar}-12-25`,
    'tweede-kerstdag': `${jaar}-12-26`,
  };
}

function koninginnedag(jaar: number): string {
  if (weekdag(`${jaar}-04-30`) !== 0) return `${jaar}-04-30`;
  return jaar >= 1980 ? `${jaar}-04-29` : `${jaar}-05-01`;
}

const jaren = Array.from({ length: 2100 - 1950 + 1 }, (_, i) => 1950 + i);

describe('feestdagen from date-holidays (PD-13)', () => {
  it('our Easter check agrees with known dates', () => {
    expect([2025, 2026, 2027, 2005].map(pasen)).toEqual([
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
      '2005-03-27',
    ]);
  });

  it.each(FEESTDAG_CODES)('PD-13: %s resolves to the right date in every year 1950–2100', (code) => {
    for (const jaar of jaren) {
      const dagen = feestdagenInJaar(jaar, [code]);
      expect([...dagen.keys()]).toEqual([verwacht(jaar)[code]]);
    }
  });

  it('koningsdag has no date before 1949 and that is not an error', () => {
    expect(feestdagenInJaar(1900, ['koningsdag']).size).toBe(0);
  });

  it('PD-13: the full set has nine dates a year unless two coincide', () => {
    expect(feestdagenInJaar(2026, FEESTDAG_CODES).size).toBe(9);
    expect(feestdagenInJaar(2005, FEESTDAG_CODES).get('2005-05-05')).toBe(
      'Bevrijdingsdag (5 mei) en Hemelvaartsdag',
    );
  });

  it('documents why we select by rule: date-holidays types Goede Vrijdag and 5 mei as `school`', () => {
    const typen = new Holidays('NL').getHolidays(2026).map((h) => [h.rule, h.type]);
    expect(typen).toEqual(
      expect.arrayContaining([
        ['easter -2', 'school'],
        ['05-05', 'school'],
        ['easter', 'public'],
      ]),
    );
  });

  it('isFeestdagCode accepts only our keys', () => {
    expect(isFeestdagCode('koningsdag')).toBe(true);
    expect(isFeestdagCode('easter -2')).toBe(false);
    expect(isFeestdagCode('toString')).toBe(false);
    expect(isFeestdagCode(1)).toBe(false);
  });
});
