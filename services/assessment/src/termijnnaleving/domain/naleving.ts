/** The sector's own norm (IGJ 2023): 90 % of safety assessments decided within the 5 working days. */
export const SECTORNORM = 0.9;

export interface Tellingen {
  /** Decided by the end of `uiterlijk` (VT-7.2-a). */
  tijdig: number;
  /** Decided after `uiterlijk` (VT-1.3-l: allowed, with an explanation). */
  teLaat: number;
  /** Still open and past `uiterlijk` today. */
  verlopenOpen: number;
  /** Still open within the term: not counted yet either way. */
  lopend: number;
}

export interface Naleving {
  /** tijdig / (tijdig + teLaat + verlopenOpen); absent while no assessment of the month has an outcome. */
  aandeelTijdig?: number;
  voldoetAanNorm?: boolean;
}

/**
 * VT-7.2-a: the share of a month's assessments decided within 5 working days, of those whose outcome is known:
 * decided (in time or late) or already overdue. One still within its term counts neither way yet.
 */
export function naleving(t: Tellingen): Naleving {
  const bekend = t.tijdig + t.teLaat + t.verlopenOpen;
  if (bekend === 0) return {};
  const aandeelTijdig = Math.round((t.tijdig / bekend) * 10_000) / 10_000;
  return { aandeelTijdig, voldoetAanNorm: aandeelTijdig >= SECTORNORM };
}

/** The first day of `maand` (YYYY-MM) and of the month after it, as Amsterdam calendar dates. */
export function maandGrenzen(maand: string): { van: string; tot: string } {
  const [jaar, m] = maand.split('-').map(Number);
  const volgende = m === 12 ? `${jaar + 1}-01` : `${jaar}-${String(m + 1).padStart(2, '0')}`;
  return { van: `${maand}-01`, tot: `${volgende}-01` };
}
