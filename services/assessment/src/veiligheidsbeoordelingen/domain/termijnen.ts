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
