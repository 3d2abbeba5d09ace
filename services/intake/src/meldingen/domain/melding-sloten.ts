import { createHash } from 'node:crypto';
import { nameBirthDateMatchValue } from '@vt/contracts';

/** 16 bits: some 15,000 BSNs share each bucket, so a lock key tells nothing about the person behind it. */
const EMMERS = 1 << 16;

export interface Identificeerbaar {
  bsn?: string;
  achternaam: string;
  geboortedatum?: string;
}

/**
 * The keys intake locks while it receives a report: one per identifier the vault matches people on (BSN;
 * surname + birth date, normalised as the vault does). Two reports the vault could match to one person
 * share a key, so the second waits until the first has committed its file and then joins it (VT-6.6-a)
 * instead of opening a second file for the same household. A collision of buckets only makes two
 * unrelated reports wait for each other. Sorted, so every report takes its locks in the same order.
 */
export function meldingSloten(personen: readonly Identificeerbaar[]): number[] {
  const waarden = personen.flatMap((p) => {
    const naamGd = nameBirthDateMatchValue(p.achternaam, p.geboortedatum);
    return [...(p.bsn ? [`bsn:${p.bsn}`] : []), ...(naamGd ? [`naam-gd:${naamGd}`] : [])];
  });
  const emmers = waarden.map((w) => createHash('sha256').update(w).digest().readUInt32BE(0) % EMMERS);
  return [...new Set(emmers)].sort((a, b) => a - b);
}
