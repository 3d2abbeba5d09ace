/** The calendar operations a protocol deadline needs; `Werkdagkalender` has them, tests may fake them. */
export interface TermijnKalender {
  werkdagNa(ontvangen: Date | string, n: number): string;
  datumInAmsterdam(instant: Date | string): string;
}

/**
 * The safety assessment's statutory terms, computed in one place for every service that shows them.
 * VT-7.2-a: decided by the end of working day 5 after receipt (receipt = day 0, PD-8).
 * VT-7.3-a: oversight of safety from the 6th working day at the latest; at once for an urgent report.
 */
export function veiligheidsbeoordelingTermijnen(
  kalender: TermijnKalender,
  ontvangenOp: Date,
  spoed: boolean,
): { uiterlijk: string; zichtOpVeiligheidVanaf: string } {
  return {
    uiterlijk: kalender.werkdagNa(ontvangenOp, 5),
    zichtOpVeiligheidVanaf: spoed
      ? kalender.datumInAmsterdam(ontvangenOp)
      : kalender.werkdagNa(ontvangenOp, 6),
  };
}
