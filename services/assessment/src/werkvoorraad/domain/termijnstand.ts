/** The calendar operations the worklist's deadline rules need; `Werkdagkalender` has them. */
export interface StandKalender {
  werkdagenTussen(van: string, tot: string): number;
  plusWerkdagen(datum: string, n: number): string;
}

export const TERMIJNSTATUSSEN = ['op-tijd', 'bijna', 'verlopen'] as const;
export type Termijnstatus = (typeof TERMIJNSTATUSSEN)[number];

export interface Termijnstand {
  /** Working days left until `uiterlijk`: 0 on its last day, negative (at most -1) once it has passed. */
  werkdagenOver: number;
  status: Termijnstatus;
}

/**
 * VT-7.2-a: where an assessment stands against its deadline on `vandaag` (an Amsterdam date). A deadline runs
 * to the end of its day; `bijna` is its last working day and the one before (≤ 1 working day left); once
 * passed it is `verlopen` from the very next day, a weekend or holiday included, and stays workable (VT-1.3-l).
 */
export function termijnstand(kalender: StandKalender, uiterlijk: string, vandaag: string): Termijnstand {
  const over = kalender.werkdagenTussen(vandaag, uiterlijk);
  if (vandaag > uiterlijk) return { werkdagenOver: Math.min(-1, over), status: 'verlopen' };
  return { werkdagenOver: over, status: over <= 1 ? 'bijna' : 'op-tijd' };
}

/** The `uiterlijk` range of each status on `vandaag`, as SQL filters it: `van` inclusive, `tot` exclusive. */
export function statusBereik(
  kalender: StandKalender,
  status: Termijnstatus,
  vandaag: string,
): { van?: string; tot?: string } {
  const opTijdVanaf = kalender.plusWerkdagen(vandaag, 2);
  if (status === 'verlopen') return { tot: vandaag };
  if (status === 'bijna') return { van: vandaag, tot: opTijdVanaf };
  return { van: opTijdVanaf };
}
