import { feestdagenInJaar } from './feestdagen';
import {
  assertKalenderdatum,
  datumInAmsterdam,
  naarDagnummer,
  plusDagen,
  plusKalendermaanden,
  vanDagnummer,
  weekdagVan,
  type Kalenderdatum,
  type Tijdstip,
} from './kalenderdatum';
import { normalizeWerkdagenConfig, type WerkdagenConfig } from './werkdagen.config';

/** What `feestdag()` calls a day from `extraDagen`. */
export const EXTRA_DAG_NAAM = 'Bij besluit gelijkgestelde dag';

/**
 * Dutch working days (PD-13): Monday–Friday minus the configured holidays and extra days.
 * Dates are `YYYY-MM-DD` in Europe/Amsterdam; instants are converted with `datumInAmsterdam` first.
 */
export class Werkdagkalender {
  readonly config: WerkdagenConfig;
  private readonly extraDagen: ReadonlySet<Kalenderdatum>;
  private readonly feestdagenPerJaar = new Map<number, ReadonlyMap<Kalenderdatum, string>>();

  constructor(config?: Partial<WerkdagenConfig>) {
    this.config = normalizeWerkdagenConfig(config);
    this.extraDagen = new Set(this.config.extraDagen);
  }

  isWerkdag(datum: Kalenderdatum): boolean {
    return this.isWerkdagNummer(naarDagnummer(datum));
  }

  /** The holiday's name, also when it falls in a weekend; `undefined` for any other day. */
  feestdag(datum: Kalenderdatum): string | undefined {
    assertKalenderdatum(datum);
    const naam = this.feestdagenVan(Number(datum.slice(0, 4))).get(datum);
    return naam ?? (this.extraDagen.has(datum) ? EXTRA_DAG_NAAM : undefined);
  }

  datumInAmsterdam(instant: Tijdstip): Kalenderdatum {
    return datumInAmsterdam(instant);
  }

  /**
   * The n-th working day after receipt; the receipt day is day 0 whatever day it is, so a report received
   * on Saturday has Monday as working day 1 (VT-7.2-a: `uiterlijk` = n 5; VT-7.3-a: zicht op veiligheid = n 6).
   */
  werkdagNa(ontvangen: Tijdstip, n: number): Kalenderdatum {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`n must be a whole number ≥ 0, got ${n}`);
    return this.plusWerkdagen(this.datumInAmsterdam(ontvangen), n);
  }

  /** The date exactly |n| working days after (n > 0) or before (n < 0) `datum`; `datum` itself need not be one. */
  plusWerkdagen(datum: Kalenderdatum, n: number): Kalenderdatum {
    if (!Number.isSafeInteger(n)) throw new RangeError(`n must be a whole number, got ${n}`);
    let dag = naarDagnummer(datum);
    const stap = Math.sign(n);
    let rest = Math.abs(n);
    while (rest > 0) {
      dag += stap;
      if (this.isWerkdagNummer(dag)) rest -= 1;
    }
    return vanDagnummer(dag);
  }

  /**
   * Working days in (van, tot], negative when `tot` is before `van`; so
   * `werkdagenTussen(d, plusWerkdagen(d, n)) === n`, and `werkdagenTussen(uiterlijk, vandaag)` is days overdue.
   */
  werkdagenTussen(van: Kalenderdatum, tot: Kalenderdatum): number {
    const a = naarDagnummer(van);
    const b = naarDagnummer(tot);
    const [laag, hoog, teken] = a <= b ? [a, b, 1] : [b, a, -1];
    let aantal = 0;
    for (let dag = laag + 1; dag <= hoog; dag += 1) if (this.isWerkdagNummer(dag)) aantal += 1;
    return aantal === 0 ? 0 : teken * aantal;
  }

  /** Calendar weeks; apply `verschuifNaarWerkdag` yourself where the Algemene termijnenwet applies. */
  plusWeken(datum: Kalenderdatum, n: number): Kalenderdatum {
    if (!Number.isSafeInteger(n)) throw new RangeError(`n must be a whole number, got ${n}`);
    return plusDagen(datum, 7 * n);
  }

  /** Calendar months, clamped to the month's end (31 Jan + 1 = 28/29 Feb); not moved to a working day. */
  plusMaanden(datum: Kalenderdatum, n: number): Kalenderdatum {
    return plusKalendermaanden(datum, n);
  }

  /** Algemene termijnenwet art. 1: a term ending on a Saturday, Sunday or holiday ends on the next working day. */
  verschuifNaarWerkdag(datum: Kalenderdatum): Kalenderdatum {
    let dag = naarDagnummer(datum);
    while (!this.isWerkdagNummer(dag)) dag += 1;
    return vanDagnummer(dag);
  }

  /** A deadline runs to the end of its Amsterdam day, so it has passed only from the next day on. */
  isVerstreken(uiterlijk: Kalenderdatum, nu: Tijdstip): boolean {
    assertKalenderdatum(uiterlijk);
    return this.datumInAmsterdam(nu) > uiterlijk;
  }

  private isWerkdagNummer(dag: number): boolean {
    const weekdag = weekdagVan(dag);
    if (weekdag === 0 || weekdag === 6) return false;
    return this.feestdag(vanDagnummer(dag)) === undefined;
  }

  private feestdagenVan(jaar: number): ReadonlyMap<Kalenderdatum, string> {
    let dagen = this.feestdagenPerJaar.get(jaar);
    if (!dagen) {
      dagen = feestdagenInJaar(jaar, this.config.feestdagen);
      this.feestdagenPerJaar.set(jaar, dagen);
    }
    return dagen;
  }
}
