import type { StandKalender } from './termijnstand';

/** What the counter reads from the working-day calendar (`Werkdagkalender` has it). */
export interface Werkdagbron {
  isWerkdag(datum: string): boolean;
  plusWerkdagen(datum: string, n: number): string;
}

const DAG_MS = 86_400_000;
const BASISJAAR = 2000;

/**
 * `werkdagenTussen` in constant time (ADR 0021): the calendar counts day by day, which cost a worklist page
 * of long-overdue rows ~200 ms of CPU; this keeps, per year, the running count of working days, asks the
 * calendar once per day of a year it meets, and answers every pair from two look-ups. Same answers as
 * `Werkdagkalender.werkdagenTussen` (a property spec checks it).
 */
export class Werkdagteller implements StandKalender {
  private readonly cumulatief = new Map<number, Int32Array>();
  private readonly basis = new Map<number, number>([[BASISJAAR, 0]]);

  constructor(private readonly bron: Werkdagbron) {}

  werkdagenTussen(van: string, tot: string): number {
    return this.rang(tot) - this.rang(van);
  }

  plusWerkdagen(datum: string, n: number): string {
    return this.bron.plusWerkdagen(datum, n);
  }

  /** Working days from 1 January BASISJAAR up to and including `datum` (negative before it). */
  private rang(datum: string): number {
    const jaar = Number(datum.slice(0, 4));
    const dagVanJaar = (Date.parse(`${datum}T00:00:00Z`) - Date.UTC(jaar, 0, 1)) / DAG_MS;
    return this.basisVan(jaar) + this.jaar(jaar)[dagVanJaar];
  }

  /** Working days from 1 January BASISJAAR up to (not including) 1 January `jaar`. */
  private basisVan(jaar: number): number {
    const bekend = this.basis.get(jaar);
    if (bekend !== undefined) return bekend;
    const waarde =
      jaar > BASISJAAR
        ? this.basisVan(jaar - 1) + this.totaal(jaar - 1)
        : this.basisVan(jaar + 1) - this.totaal(jaar);
    this.basis.set(jaar, waarde);
    return waarde;
  }

  private totaal(jaar: number): number {
    const dagen = this.jaar(jaar);
    return dagen[dagen.length - 1];
  }

  /** Per day of `jaar`, the working days from its 1 January up to and including that day. */
  private jaar(jaar: number): Int32Array {
    let dagen = this.cumulatief.get(jaar);
    if (!dagen) {
      const lengte = (Date.UTC(jaar + 1, 0, 1) - Date.UTC(jaar, 0, 1)) / DAG_MS;
      dagen = new Int32Array(lengte);
      let teller = 0;
      for (let i = 0; i < lengte; i++) {
        if (this.bron.isWerkdag(new Date(Date.UTC(jaar, 0, 1 + i)).toISOString().slice(0, 10))) teller++;
        dagen[i] = teller;
      }
      this.cumulatief.set(jaar, dagen);
    }
    return dagen;
  }
}
