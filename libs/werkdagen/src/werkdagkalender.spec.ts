import { EXTRA_DAG_NAAM, Werkdagkalender } from './werkdagkalender';
import { WerkdagenConfigError } from './werkdagen.config';
import { FEESTDAG_CODES } from './feestdagen';

// Every expected date below was counted by hand on a printed calendar and re-checked by an independent
// script (python dateutil.easter + zoneinfo), not derived from this code.
const kalender = new Werkdagkalender();

// [case, receipt instant, uiterlijk = working day 5 (VT-7.2-a), zicht op veiligheid = working day 6 (VT-7.3-a)]
const termijnen: [string, string, string, string][] = [
  // plain weeks and weekends
  ['Monday, no holidays', '2026-03-02T10:00:00+01:00', '2026-03-09', '2026-03-10'],
  ['Friday, weekend in between', '2026-03-06T15:00:00+01:00', '2026-03-13', '2026-03-16'],
  ['Saturday: Monday is working day 1', '2026-03-07T11:00:00+01:00', '2026-03-13', '2026-03-16'],
  ['Sunday: Monday is working day 1', '2026-03-08T20:00:00+01:00', '2026-03-13', '2026-03-16'],
  // Pasen (Easter 2025-04-20, 2026-04-05, 2027-03-28)
  ['Pasen 2025: Thursday before Goede Vrijdag', '2025-04-17T09:00:00+02:00', '2025-04-28', '2025-04-29'],
  ['Pasen 2026: Wednesday before Goede Vrijdag', '2026-04-01T10:00:00+02:00', '2026-04-10', '2026-04-13'],
  ['Pasen 2026: Saturday, Tweede Paasdag skipped', '2026-04-04T12:00:00+02:00', '2026-04-13', '2026-04-14'],
  ['Pasen 2027: Thursday before Goede Vrijdag', '2027-03-25T09:00:00+01:00', '2027-04-05', '2027-04-06'],
  // Koningsdag
  ['Koningsdag 2025 is Saturday 26 April', '2025-04-23T09:00:00+02:00', '2025-04-30', '2025-05-01'],
  ['Koningsdag 2026 on Monday 27 April', '2026-04-23T09:00:00+02:00', '2026-05-01', '2026-05-04'],
  ['Koningsdag 2026: Sunday before it', '2026-04-26T09:00:00+02:00', '2026-05-04', '2026-05-06'],
  ['Koningsdag 2027 on Tuesday 27 April', '2027-04-23T09:00:00+02:00', '2027-05-03', '2027-05-04'],
  // 5 mei
  ['5 mei 2025 on Monday', '2025-05-02T09:00:00+02:00', '2025-05-12', '2025-05-13'],
  ['5 mei 2026 on Tuesday', '2026-05-04T09:00:00+02:00', '2026-05-12', '2026-05-13'],
  [
    '5 mei (Wednesday) and Hemelvaart (Thursday) 2027',
    '2027-04-30T09:00:00+02:00',
    '2027-05-11',
    '2027-05-12',
  ],
  // Hemelvaart and Pinksteren (2026: 14 May, Tweede Pinksterdag 25 May)
  ['Hemelvaart 2026', '2026-05-11T09:00:00+02:00', '2026-05-19', '2026-05-20'],
  ['Hemelvaart eve 2026, Pinksteren just after', '2026-05-13T09:00:00+02:00', '2026-05-21', '2026-05-22'],
  ['Tweede Pinksterdag 2026', '2026-05-20T09:00:00+02:00', '2026-05-28', '2026-05-29'],
  ['Tweede Pinksterdag 2025', '2025-06-06T09:00:00+02:00', '2025-06-16', '2025-06-17'],
  // Kerst and Nieuwjaar
  ['23 Dec 2025 into the new year', '2025-12-23T09:00:00+01:00', '2026-01-02', '2026-01-05'],
  ['24 Dec 2025 into the new year', '2025-12-24T09:00:00+01:00', '2026-01-05', '2026-01-06'],
  ['23 Dec 2026, Kerst on Fri/Sat', '2026-12-23T09:00:00+01:00', '2026-12-31', '2027-01-04'],
  ['24 Dec 2026 into the new year', '2026-12-24T09:00:00+01:00', '2027-01-04', '2027-01-05'],
  // received on a holiday: day 0 all the same
  ['on Goede Vrijdag 2026', '2026-04-03T09:00:00+02:00', '2026-04-13', '2026-04-14'],
  ['on Koningsdag 2026', '2026-04-27T14:00:00+02:00', '2026-05-04', '2026-05-06'],
  ['on Hemelvaartsdag 2026', '2026-05-14T14:00:00+02:00', '2026-05-21', '2026-05-22'],
  ['on Eerste Kerstdag 2025', '2025-12-25T14:00:00+01:00', '2026-01-05', '2026-01-06'],
  ['on Nieuwjaarsdag 2026', '2026-01-01T14:00:00+01:00', '2026-01-08', '2026-01-09'],
  // time of day: the Amsterdam date counts, not the UTC date
  ['22:30 Friday in winter (21:30Z)', '2026-01-09T21:30:00Z', '2026-01-16', '2026-01-19'],
  ['22:30 Friday in summer (20:30Z)', '2026-06-12T20:30:00Z', '2026-06-19', '2026-06-22'],
  ['23:59 Wednesday in summer', '2026-06-10T21:59:00Z', '2026-06-17', '2026-06-18'],
  ['00:15 Thursday in summer (still Wednesday in UTC)', '2026-06-10T22:15:00Z', '2026-06-18', '2026-06-19'],
  ['00:05 Thursday in winter (still Wednesday in UTC)', '2026-01-14T23:05:00Z', '2026-01-22', '2026-01-23'],
  ['23:30Z on 31 Dec is Nieuwjaarsdag in Amsterdam', '2025-12-31T23:30:00Z', '2026-01-08', '2026-01-09'],
  // DST: 2026-03-29 (+01 → +02) and 2026-10-25 (+02 → +01)
  ['00:30 Monday right after spring DST', '2026-03-29T22:30:00Z', '2026-04-08', '2026-04-09'],
  ['23:30 Sunday right after autumn DST', '2026-10-25T22:30:00Z', '2026-10-30', '2026-11-02'],
];

describe('Werkdagkalender (PD-13)', () => {
  describe('deadlines from receipt', () => {
    it.each(termijnen)('VT-7.2-a: %s: received %s → uiterlijk end of %s', (_geval, ontvangen, uiterlijk) => {
      expect(kalender.werkdagNa(ontvangen, 5)).toBe(uiterlijk);
      expect(kalender.werkdagNa(new Date(ontvangen), 5)).toBe(uiterlijk);
    });

    it.each(termijnen)(
      'VT-7.3-a: %s: received %s → uiterlijk %s, zicht op veiligheid %s',
      (_g, ontvangen, _u, zicht) => {
        expect(kalender.werkdagNa(ontvangen, 6)).toBe(zicht);
      },
    );

    it('VT-7.2-a: the receipt day is day 0 and a weekend receipt has Monday as working day 1', () => {
      expect(kalender.werkdagNa('2026-03-07T11:00:00+01:00', 0)).toBe('2026-03-07');
      expect(kalender.werkdagNa('2026-03-07T11:00:00+01:00', 1)).toBe('2026-03-09');
      expect(kalender.werkdagNa('2026-03-08T11:00:00+01:00', 1)).toBe('2026-03-09');
    });

    it('VT-7.2-a: two minutes around midnight Amsterdam time give different deadlines', () => {
      expect(kalender.werkdagNa('2026-01-14T22:59:00Z', 5)).toBe('2026-01-21');
      expect(kalender.werkdagNa('2026-01-14T23:01:00Z', 5)).toBe('2026-01-22');
    });

    it('rejects a negative or fractional count and an instant without offset', () => {
      expect(() => kalender.werkdagNa('2026-03-02T10:00:00+01:00', -1)).toThrow(RangeError);
      expect(() => kalender.werkdagNa('2026-03-02T10:00:00+01:00', 1.5)).toThrow(RangeError);
      expect(() => kalender.werkdagNa('2026-03-02T10:00:00', 5)).toThrow(RangeError);
      expect(() => kalender.werkdagNa('2026-03-02', 5)).toThrow(RangeError);
    });
  });

  describe('isWerkdag and feestdag', () => {
    it.each([
      ['2026-03-09', true, 'a Monday'],
      ['2026-03-07', false, 'a Saturday'],
      ['2026-03-08', false, 'a Sunday'],
      ['2025-04-26', false, 'Koningsdag on a Saturday'],
      ['2025-04-28', true, 'the Monday after Koningsdag 2025 (no substitute day)'],
      ['2026-04-03', false, 'Goede Vrijdag (typed `school` in date-holidays)'],
      ['2026-05-04', true, 'Dodenherdenking (not a holiday)'],
      ['2026-05-05', false, '5 mei on a Tuesday (typed `school` in date-holidays)'],
      ['2026-05-01', true, '1 May (not a Dutch holiday)'],
      ['2025-12-31', true, 'Oudejaarsdag (date-holidays `bank`, not in the set)'],
      ['2026-12-15', true, 'Koninkrijksdag (observance)'],
      ['2026-09-15', true, 'Prinsjesdag (observance)'],
    ])('PD-13: %s is a werkdag: %s (%s)', (datum, verwacht) => {
      expect(kalender.isWerkdag(datum)).toBe(verwacht);
    });

    it.each([
      ['2026-01-01', 'Nieuwjaarsdag'],
      ['2026-04-03', 'Goede Vrijdag'],
      ['2026-04-05', undefined], // Eerste Paasdag: a Sunday anyway, not selected
      ['2026-04-06', 'Tweede Paasdag'],
      ['2027-03-26', 'Goede Vrijdag'],
      ['2027-03-29', 'Tweede Paasdag'],
      ['2025-04-26', 'Koningsdag'],
      ['2025-04-27', undefined],
      ['2026-04-27', 'Koningsdag'],
      ['2027-04-27', 'Koningsdag'],
      ['2013-04-30', 'Koningsdag'], // Koninginnedag, before 2014
      ['2026-05-04', undefined],
      ['2026-05-05', 'Bevrijdingsdag (5 mei)'],
      ['2026-05-14', 'Hemelvaartsdag'],
      ['2026-05-24', undefined], // Eerste Pinksterdag: a Sunday anyway
      ['2026-05-25', 'Tweede Pinksterdag'],
      ['2026-12-25', 'Eerste Kerstdag'],
      ['2026-12-26', 'Tweede Kerstdag'],
      ['2026-12-05', undefined],
      ['2005-05-05', 'Bevrijdingsdag (5 mei) en Hemelvaartsdag'],
    ])('PD-13: feestdag(%s) is %s', (datum, naam) => {
      expect(kalender.feestdag(datum)).toBe(naam);
    });

    it('rejects a date that does not exist or is not YYYY-MM-DD', () => {
      expect(() => kalender.isWerkdag('2026-02-29')).toThrow(RangeError);
      expect(() => kalender.isWerkdag('2026-3-9')).toThrow(RangeError);
      expect(() => kalender.feestdag('09-03-2026')).toThrow(RangeError);
    });
  });

  describe('datumInAmsterdam', () => {
    it.each([
      ['2025-12-31T23:30:00Z', '2026-01-01'],
      ['2025-12-31T22:59:59Z', '2025-12-31'],
      ['2026-06-30T22:00:00Z', '2026-07-01'],
      ['2026-06-30T21:59:59.999Z', '2026-06-30'],
      ['2026-03-28T22:59:59Z', '2026-03-28'],
      ['2026-03-28T23:00:00Z', '2026-03-29'],
      ['2026-03-29T01:00:00Z', '2026-03-29'],
      ['2026-10-24T22:00:00Z', '2026-10-25'],
      ['2026-10-25T22:59:59Z', '2026-10-25'],
      ['2026-10-25T23:00:00Z', '2026-10-26'],
      ['2026-05-05T00:30:00+02:00', '2026-05-05'],
      ['2026-05-04T23:30:00-01:00', '2026-05-05'],
      ['2026-05-04T23:30:00.123456+02:00', '2026-05-04'],
    ])('%s is %s in Amsterdam', (instant, datum) => {
      expect(kalender.datumInAmsterdam(instant)).toBe(datum);
      expect(kalender.datumInAmsterdam(new Date(instant))).toBe(datum);
    });

    it.each([
      '2026-01-01',
      '2026-01-01T10:00:00',
      '2026-02-30T10:00:00Z',
      '2026-01-01T24:00:00Z',
      '2026-01-01 10:00:00Z',
      'gisteren',
      '',
    ])('rejects %j', (instant) => {
      expect(() => kalender.datumInAmsterdam(instant)).toThrow(RangeError);
    });

    it('rejects an invalid Date', () => {
      expect(() => kalender.datumInAmsterdam(new Date(Number.NaN))).toThrow(RangeError);
    });
  });

  describe('plusWerkdagen and werkdagenTussen', () => {
    it.each([
      ['2026-04-02', 1, '2026-04-07'],
      ['2026-04-07', -1, '2026-04-02'],
      ['2026-03-07', 0, '2026-03-07'],
      ['2026-12-24', 1, '2026-12-28'],
      ['2026-01-02', -1, '2025-12-31'],
      ['2026-03-27', 1, '2026-03-30'],
      ['2026-10-23', 1, '2026-10-26'],
    ])('PD-13: %s plus %i working days is %s', (datum, n, verwacht) => {
      expect(kalender.plusWerkdagen(datum, n)).toBe(verwacht);
    });

    it.each([
      ['2026-04-01', '2026-04-10', 5],
      ['2026-04-10', '2026-04-01', -5],
      ['2026-04-10', '2026-04-10', 0],
      ['2026-03-07', '2026-03-08', 0],
      ['2026-03-08', '2026-03-07', 0],
      ['2025-12-23', '2026-01-02', 5],
      ['2025-12-31', '2026-12-31', 253],
    ])('PD-13: from %s to %s lie %i working days', (van, tot, aantal) => {
      expect(kalender.werkdagenTussen(van, tot)).toBe(aantal);
    });
  });

  describe('calendar terms and the Algemene termijnenwet', () => {
    it.each([
      ['2026-01-31', 1, '2026-02-28'],
      ['2028-01-31', 1, '2028-02-29'],
      ['2026-03-31', -1, '2026-02-28'],
      ['2026-08-31', 1, '2026-09-30'],
      ['2026-12-15', 1, '2027-01-15'],
      ['2026-05-19', 12, '2027-05-19'],
      ['2026-01-15', -13, '2024-12-15'],
      ['2024-02-29', 12, '2025-02-28'],
    ])('%s plus %i months is %s (clamped to the month end)', (datum, n, verwacht) => {
      expect(kalender.plusMaanden(datum, n)).toBe(verwacht);
    });

    it.each([
      ['2026-12-28', 1, '2027-01-04'],
      ['2026-03-27', 1, '2026-04-03'],
      ['2026-10-23', 1, '2026-10-30'],
      ['2026-04-10', -2, '2026-03-27'],
    ])('%s plus %i weeks is %s', (datum, n, verwacht) => {
      expect(kalender.plusWeken(datum, n)).toBe(verwacht);
    });

    it.each([
      ['2026-04-03', '2026-04-07', 'Goede Vrijdag, weekend and Tweede Paasdag'],
      ['2026-03-07', '2026-03-09', 'a Saturday'],
      ['2026-05-05', '2026-05-06', '5 mei'],
      ['2027-05-05', '2027-05-07', '5 mei and Hemelvaart'],
      ['2026-12-25', '2026-12-28', 'Kerst and a weekend'],
      ['2026-03-10', '2026-03-10', 'a working day stays put'],
    ])('Algemene termijnenwet art. 1: a term ending %s ends on %s (%s)', (datum, verwacht) => {
      expect(kalender.verschuifNaarWerkdag(datum)).toBe(verwacht);
    });

    it('moves a term only when asked: plusMaanden may end on a holiday, verschuifNaarWerkdag is explicit', () => {
      const einde = kalender.plusMaanden('2026-03-03', 1);
      expect(einde).toBe('2026-04-03');
      expect(kalender.verschuifNaarWerkdag(einde)).toBe('2026-04-07');
    });
  });

  describe('isVerstreken', () => {
    it.each([
      ['2026-04-10', '2026-04-09T12:00:00Z', false],
      ['2026-04-10', '2026-04-10T21:59:59Z', false],
      ['2026-04-10', '2026-04-10T22:00:00Z', true],
      ['2026-01-16', '2026-01-16T22:59:59Z', false],
      ['2026-01-16', '2026-01-16T23:00:00Z', true],
      ['2026-01-16', '2026-02-01T09:00:00Z', true],
    ])(
      'VT-7.2-a: uiterlijk %s runs to the end of that Amsterdam day: at %s verstreken = %s',
      (uiterlijk, nu, verwacht) => {
        expect(kalender.isVerstreken(uiterlijk, new Date(nu))).toBe(verwacht);
      },
    );
  });

  describe('configurable set (PD-13)', () => {
    it('PD-13: dropping 5 mei makes it a working day and shortens the deadline', () => {
      const zonder5mei = new Werkdagkalender({
        feestdagen: FEESTDAG_CODES.filter((s) => s !== 'bevrijdingsdag'),
      });
      expect(zonder5mei.isWerkdag('2026-05-05')).toBe(true);
      expect(zonder5mei.feestdag('2026-05-05')).toBeUndefined();
      expect(zonder5mei.werkdagNa('2026-05-04T09:00:00+02:00', 5)).toBe('2026-05-11');
      expect(kalender.werkdagNa('2026-05-04T09:00:00+02:00', 5)).toBe('2026-05-12');
    });

    it('PD-13: a day added by decree is not a working day and lengthens the deadline', () => {
      const metBrugdag = new Werkdagkalender({ extraDagen: ['2026-05-15'] });
      expect(metBrugdag.isWerkdag('2026-05-15')).toBe(false);
      expect(metBrugdag.feestdag('2026-05-15')).toBe(EXTRA_DAG_NAAM);
      expect(metBrugdag.werkdagNa('2026-05-11T09:00:00+02:00', 5)).toBe('2026-05-20');
      expect(metBrugdag.werkdagNa('2026-05-11T09:00:00+02:00', 6)).toBe('2026-05-21');
      expect(kalender.werkdagNa('2026-05-11T09:00:00+02:00', 5)).toBe('2026-05-19');
    });

    it('PD-13: with no holidays only weekends count', () => {
      const alleenWeekend = new Werkdagkalender({ feestdagen: [] });
      expect(alleenWeekend.werkdagNa('2026-04-01T10:00:00+02:00', 5)).toBe('2026-04-08');
    });

    it('defaults to the full Algemene termijnenwet set', () => {
      expect(kalender.config.feestdagen).toEqual(FEESTDAG_CODES);
      expect(kalender.config.extraDagen).toEqual([]);
    });

    it('rejects an unknown holiday key or a bad extra day', () => {
      expect(() => new Werkdagkalender({ feestdagen: ['pasen' as never] })).toThrow(WerkdagenConfigError);
      expect(() => new Werkdagkalender({ extraDagen: ['2026-13-01'] })).toThrow(/extraDagen/);
    });
  });
});
