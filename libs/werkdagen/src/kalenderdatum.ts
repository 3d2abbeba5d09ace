/** A calendar date `YYYY-MM-DD` in Europe/Amsterdam (contract §1 "time"); deadlines are these, not instants. */
export type Kalenderdatum = string;

/** An instant: a `Date` or an ISO 8601 string with an offset (`Z` or `±hh:mm`). */
export type Tijdstip = Date | string;

export const TIJDZONE = 'Europe/Amsterdam';

const DATUM_PATROON = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIJDSTIP_PATROON =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i;
const MS_PER_DAG = 86_400_000;

/** True for a real calendar date in `YYYY-MM-DD` form (so `2026-02-30` is false). */
export function isKalenderdatum(x: unknown): x is Kalenderdatum {
  if (typeof x !== 'string') return false;
  const m = DATUM_PATROON.exec(x);
  if (!m) return false;
  const [jaar, maand, dag] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return maand >= 1 && maand <= 12 && dag >= 1 && dag <= dagenInMaand(jaar, maand);
}

export function dagenInMaand(jaar: number, maand: number): number {
  return new Date(utc(jaar, maand, 0)).getUTCDate();
}

export function assertKalenderdatum(datum: Kalenderdatum): [jaar: number, maand: number, dag: number] {
  if (!isKalenderdatum(datum)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${String(datum)}`);
  return datum.split('-').map(Number) as [number, number, number];
}

/** Days since 1970-01-01; whole-day arithmetic on these never meets a DST change. */
export function naarDagnummer(datum: Kalenderdatum): number {
  const [jaar, maand, dag] = assertKalenderdatum(datum);
  return utc(jaar, maand - 1, dag) / MS_PER_DAG;
}

export function vanDagnummer(dagnummer: number): Kalenderdatum {
  const d = new Date(dagnummer * MS_PER_DAG);
  const jaar = String(d.getUTCFullYear()).padStart(4, '0');
  const maand = String(d.getUTCMonth() + 1).padStart(2, '0');
  const dag = String(d.getUTCDate()).padStart(2, '0');
  return `${jaar}-${maand}-${dag}`;
}

/** 0 = Sunday … 6 = Saturday, as `Date#getUTCDay`. */
export function weekdagVan(dagnummer: number): number {
  return new Date(dagnummer * MS_PER_DAG).getUTCDay();
}

export function plusDagen(datum: Kalenderdatum, n: number): Kalenderdatum {
  assertInteger(n);
  return vanDagnummer(naarDagnummer(datum) + n);
}

/** Calendar months; a day that does not exist in the target month clamps to its last day (31 Jan + 1 = 28/29 Feb). */
export function plusKalendermaanden(datum: Kalenderdatum, n: number): Kalenderdatum {
  assertInteger(n);
  const [jaar, maand, dag] = assertKalenderdatum(datum);
  const totaal = jaar * 12 + (maand - 1) + n;
  const doelJaar = Math.floor(totaal / 12);
  const doelMaand = (totaal % 12) + 1;
  const doelDag = Math.min(dag, dagenInMaand(doelJaar, doelMaand));
  return vanDagnummer(utc(doelJaar, doelMaand - 1, doelDag) / MS_PER_DAG);
}

const amsterdam = new Intl.DateTimeFormat('en-US', {
  timeZone: TIJDZONE,
  calendar: 'gregory',
  numberingSystem: 'latn',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const MS_PER_UUR = 3_600_000;
/** The last UTC hour asked for and its Amsterdam date, when that date held for the whole hour. */
let laatsteUur: { uur: number; datum: Kalenderdatum } | undefined;

/** The Amsterdam calendar date of an instant (2025-12-31T23:30Z is 2026-01-01 there). */
export function datumInAmsterdam(instant: Tijdstip): Kalenderdatum {
  const ms = naarMs(instant);
  // formatToParts is most of a report's deadline work; within one UTC hour the date rarely changes, so an hour
  // whose first and last millisecond fall on the same Amsterdam date is answered from that date.
  const uur = Math.floor(ms / MS_PER_UUR);
  if (laatsteUur?.uur === uur) return laatsteUur.datum;
  const datum = formatteer(ms);
  if (formatteer(uur * MS_PER_UUR) === datum && formatteer((uur + 1) * MS_PER_UUR - 1) === datum) {
    laatsteUur = { uur, datum };
  }
  return datum;
}

function formatteer(ms: number): Kalenderdatum {
  const delen = Object.fromEntries(amsterdam.formatToParts(ms).map((p) => [p.type, p.value]));
  return `${String(delen['year']).padStart(4, '0')}-${delen['month']}-${delen['day']}`;
}

function naarMs(instant: Tijdstip): number {
  if (instant instanceof Date) {
    const ms = instant.getTime();
    if (Number.isNaN(ms)) throw new RangeError('invalid Date');
    return ms;
  }
  // A string without an offset would be read in the host's zone, so the contract's "with offset" is enforced.
  const m = typeof instant === 'string' ? TIJDSTIP_PATROON.exec(instant) : null;
  if (!m || !isKalenderdatum(m[1])) {
    throw new RangeError(`not an ISO 8601 instant with offset: ${String(instant)}`);
  }
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO 8601 instant with offset: ${instant}`);
  return ms;
}

function utc(jaar: number, maandIndex: number, dag: number): number {
  // setUTCFullYear, because Date.UTC maps years 0–99 to 1900–1999.
  const d = new Date(0);
  d.setUTCFullYear(jaar, maandIndex, dag);
  return d.getTime();
}

function assertInteger(n: number): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`not an integer: ${n}`);
}
