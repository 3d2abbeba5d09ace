import { RegelOvertreding } from '@vt/contracts';
import type { BewaarGrondslag } from '../persistence/bewaartermijn.entity';

/** Calendar months, clamped to the month's end (the `Werkdagkalender` has it). */
export interface BewaarKalender {
  plusMaanden(datum: string, n: number): string;
}

/** Months a file is kept from its start (§15.3.4): reports 20 years, advice 2 years. */
export const BEWAAR_MAANDEN: Record<BewaarGrondslag, number> = { melding: 240, advies: 24 };

/** The requirement each basis follows. */
export const BEWAAR_REGEL: Record<BewaarGrondslag, string> = {
  melding: 'VT-15.3.4.2-a',
  advies: 'VT-15.3.4.1-a',
};

/**
 * "Keep until" (VT-15.3.4.1-a, VT-15.3.4.2-a): the closing date of the report's processing + 20 years,
 * or the last advice contact + 2 years. A retention period is not a term of the Algemene termijnenwet:
 * it is not moved to a working day.
 */
export function bewaarTot(kalender: BewaarKalender, grondslag: BewaarGrondslag, aanvang: string): string {
  return kalender.plusMaanden(aanvang, BEWAAR_MAANDEN[grondslag]);
}

/** A file is kept through its `bewaarTot` day and expired from the day after. */
export function isVerlopen(bewaarTotDatum: string, vandaag: string): boolean {
  return bewaarTotDatum < vandaag;
}

/** VT-15.3.4.2-b: an extension extends, of a file not yet destroyed. */
export function toetsVerlenging(huidig: { bewaarTot: string; status: string }, tot: string): void {
  if (huidig.status !== 'actief')
    throw new RegelOvertreding('VT-15.3.4.2-b', 'het dossier is al vernietigd', [
      { field: 'tot', message: 'geen bewaartermijn meer om te verlengen' },
    ]);
  if (tot <= huidig.bewaarTot)
    throw new RegelOvertreding('VT-15.3.4.2-b', 'een verlenging moet na de huidige bewaartermijn eindigen', [
      { field: 'tot', message: `moet na ${huidig.bewaarTot} liggen` },
    ]);
}
