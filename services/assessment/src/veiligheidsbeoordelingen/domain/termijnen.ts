export interface Kalender {
  isVerstreken(uiterlijk: string, nu: Date): boolean;
}

/** VT-7.2-a: an open assessment past its deadline is flagged; it is not blocked. */
export function termijnOverschreden(
  kalender: Kalender,
  b: { status: string; uiterlijk: string },
  nu: Date,
): boolean {
  return b.status === 'open' && kalender.isVerstreken(b.uiterlijk, nu);
}

/**
 * The assessment's deadlines are the ones intake answered and announced, never recomputed here, so two
 * services' calendars can never disagree about one report.
 */
export function termijnenVanMelding(m: {
  veiligheidsbeoordelingUiterlijk: string;
  zichtOpVeiligheidUiterlijk: string;
}): { uiterlijk: string; zichtOpVeiligheidVanaf: string } {
  return {
    uiterlijk: m.veiligheidsbeoordelingUiterlijk,
    zichtOpVeiligheidVanaf: m.zichtOpVeiligheidUiterlijk,
  };
}
