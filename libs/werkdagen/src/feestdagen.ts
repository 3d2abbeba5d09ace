import Holidays from 'date-holidays';
import { TIJDZONE, type Kalenderdatum } from './kalenderdatum';

interface FeestdagDefinitie {
  /** The name `feestdag()` returns; date-holidays' own names differ (`Nieuwjaar`, `Kerstmis`). */
  readonly naam: string;
  /** date-holidays NL rule keys; selected by rule, because its `type` marks Goede Vrijdag and 5 mei `school`. */
  readonly regels: readonly string[];
  /** First year the day exists; from then on a missing rule means date-holidays changed under us. */
  readonly sinds: number;
}

/** The holidays a configuration can choose from (Algemene termijnenwet art. 3 and the Goede Vrijdag decree). */
export const FEESTDAGEN = {
  nieuwjaarsdag: { naam: 'Nieuwjaarsdag', regels: ['01-01'], sinds: 1 },
  'goede-vrijdag': { naam: 'Goede Vrijdag', regels: ['easter -2'], sinds: 1 },
  'tweede-paasdag': { naam: 'Tweede Paasdag', regels: ['easter 1'], sinds: 1 },
  koningsdag: {
    naam: 'Koningsdag',
    // Koninginnedag before 2014 is "the day the monarch's birthday is celebrated" too.
    regels: [
      '04-27 if sunday then previous saturday since 2014',
      '04-30 if sunday then previous saturday since 1980 and prior to 2014',
      '04-30 if sunday then next monday since 1949 and prior to 1980',
    ],
    sinds: 1949,
  },
  bevrijdingsdag: { naam: 'Bevrijdingsdag (5 mei)', regels: ['05-05'], sinds: 1 },
  hemelvaartsdag: { naam: 'Hemelvaartsdag', regels: ['easter 39'], sinds: 1 },
  'tweede-pinksterdag': { naam: 'Tweede Pinksterdag', regels: ['easter 50'], sinds: 1 },
  'eerste-kerstdag': { naam: 'Eerste Kerstdag', regels: ['12-25'], sinds: 1 },
  'tweede-kerstdag': { naam: 'Tweede Kerstdag', regels: ['12-26'], sinds: 1 },
} as const satisfies Record<string, FeestdagDefinitie>;

export type FeestdagCode = keyof typeof FEESTDAGEN;

export const FEESTDAG_CODES = Object.keys(FEESTDAGEN) as readonly FeestdagCode[];

export function isFeestdagCode(x: unknown): x is FeestdagCode {
  return typeof x === 'string' && Object.hasOwn(FEESTDAGEN, x);
}

const nederland = new Holidays('NL', { languages: 'nl', timezone: TIJDZONE });
// Shared by every calendar: date-holidays needs milliseconds per year and its answer never changes.
const regelsPerJaar = new Map<number, ReadonlyMap<string, Kalenderdatum>>();

function regelsInJaar(jaar: number): ReadonlyMap<string, Kalenderdatum> {
  let perRegel = regelsPerJaar.get(jaar);
  if (!perRegel) {
    perRegel = new Map(nederland.getHolidays(jaar).map((h) => [h.rule, h.date.slice(0, 10)]));
    regelsPerJaar.set(jaar, perRegel);
  }
  return perRegel;
}

/** The chosen holidays of one year, date → name. Throws when date-holidays no longer yields one of them. */
export function feestdagenInJaar(jaar: number, codes: readonly FeestdagCode[]): Map<Kalenderdatum, string> {
  const perRegel = regelsInJaar(jaar);
  const resultaat = new Map<Kalenderdatum, string>();
  for (const code of FEESTDAG_CODES.filter((s) => codes.includes(s))) {
    const definitie: FeestdagDefinitie = FEESTDAGEN[code];
    const datum = definitie.regels.map((r) => perRegel.get(r)).find((d) => d !== undefined);
    if (datum === undefined) {
      if (jaar >= definitie.sinds) {
        throw new Error(
          `date-holidays yields no ${code} for ${jaar}; check FEESTDAGEN rules after an upgrade`,
        );
      }
      continue;
    }
    // Two holidays can share a date (Hemelvaartsdag fell on 5 mei in 2005); name both.
    const eerder = resultaat.get(datum);
    resultaat.set(datum, eerder ? `${eerder} en ${definitie.naam}` : definitie.naam);
  }
  return resultaat;
}
