export interface Kalender {
  werkdagNa(ontvangen: Date | string, n: number): string;
  datumInAmsterdam(instant: Date | string): string;
  isVerstreken(uiterlijk: string, nu: Date): boolean;
}

/**
 * VT-7.2-a: decided by the end of working day 5 after receipt (receipt = day 0, PD-8).
 * VT-7.3-a: oversight of safety from the 6th working day at the latest; at once for an urgent report.
 */
export function beoordelingstermijnen(kalender: Kalender, ontvangenOp: Date, spoed: boolean) {
  return {
    uiterlijk: kalender.werkdagNa(ontvangenOp, 5),
    zichtOpVeiligheidVanaf: spoed
      ? kalender.datumInAmsterdam(ontvangenOp)
      : kalender.werkdagNa(ontvangenOp, 6),
  };
}

/** VT-7.2-a: an open assessment past its deadline is flagged; it is not blocked. */
export function termijnOverschreden(
  kalender: Kalender,
  b: { status: string; uiterlijk: string },
  nu: Date,
): boolean {
  return b.status === 'open' && kalender.isVerstreken(b.uiterlijk, nu);
}
