import { isBsn, nameBirthDateMatchValue, normaliseName, type PersoonMatch } from '@vt/contracts';
import type { PersoonGegevens } from './persoon-gegevens';

/** What the radar looks at of a person a call names. */
export interface RadarOpgave {
  rol: string;
  nietTerInzage?: boolean;
  voornaam?: string;
  achternaam?: string;
  geboortedatum?: string;
  bsn?: string;
}

/** A person the radar may compare against: a stored candidate, or one registered earlier in this call. */
export interface Vergelijkbaar {
  persoonRef: string;
  bidxBsn: string | null;
  bidxNaamGd: string | null;
  /** Decrypted on demand: most calls never need to open anyone. */
  gegevens(): PersoonGegevens;
}

/** The blind indexes of a person's BSN and surname + birth date, as the stored ones were computed. */
export interface RadarIndexen {
  bsn?: string;
  naamGd?: string;
}

/** Reporters and niet-ter-inzage identities are never matched (§1.3): they always get a fresh ref. */
export function matchbaar(p: RadarOpgave): boolean {
  return !p.nietTerInzage && p.rol !== 'melder';
}

/** The normalised surname + birth date the radar compares, when the person has both. */
export function naamGeboortedatum(
  p: Pick<PersoonGegevens, 'achternaam' | 'geboortedatum'>,
): string | undefined {
  return nameBirthDateMatchValue(p.achternaam, p.geboortedatum);
}

/** The distinct BSNs and surname + birth date values a call searches on, and so locks. */
export function zoekwaarden(personen: readonly RadarOpgave[]): {
  bsns: string[];
  naamGeboortedata: string[];
} {
  const matchbare = personen.filter(matchbaar);
  return {
    bsns: [...new Set(matchbare.flatMap((p) => p.bsn ?? []))],
    naamGeboortedata: [...new Set(matchbare.flatMap((p) => naamGeboortedatum(p) ?? []))],
  };
}

/**
 * The known person this one is (§1.3): the first with the same BSN, else the first with the same surname
 * and birth date whose first name does not differ and whose BSN does not contradict. A blind index only
 * narrows (truncated indexes collide): the decrypted record decides.
 */
export function zoekZelfdePersoon<V extends Vergelijkbaar>(
  p: RadarOpgave,
  indexen: RadarIndexen,
  vergelijkbaar: readonly V[],
): { persoon: V; match: Exclude<PersoonMatch, 'nieuw'> } | undefined {
  if (!matchbaar(p)) return undefined;
  if (p.bsn) {
    const persoon = vergelijkbaar.find((v) => v.bidxBsn === indexen.bsn && v.gegevens().bsn === p.bsn);
    if (persoon) return { persoon, match: 'bsn' };
  }
  const naamGd = naamGeboortedatum(p);
  if (!naamGd) return undefined;
  const persoon = vergelijkbaar.find((v) => {
    if (v.bidxNaamGd !== indexen.naamGd) return false;
    const g = v.gegevens();
    const zelfdeVoornaam =
      !p.voornaam || !g.voornaam || normaliseName(p.voornaam) === normaliseName(g.voornaam);
    // Two people with the same surname and birth date but different BSNs are different people.
    const bsnTegenstrijdig = Boolean(p.bsn && g.bsn && p.bsn !== g.bsn);
    return naamGeboortedatum(g) === naamGd && zelfdeVoornaam && !bsnTegenstrijdig;
  });
  return persoon ? { persoon, match: 'naam-geboortedatum' } : undefined;
}

/**
 * The surname + birth date a completed record may be indexed under: only a value the call holds the lock
 * for (one the report gave), otherwise a concurrent report with that name could miss him; undefined keeps
 * the stored index.
 */
export function naamGeboortedatumTeIndexeren(
  gegevens: PersoonGegevens,
  vergrendeld: ReadonlySet<string>,
): string | undefined {
  const waarde = naamGeboortedatum(gegevens);
  return waarde && vergrendeld.has(waarde) ? waarde : undefined;
}

/**
 * Why a call's BSNs cannot be used, or undefined: a BSN must pass the eleven-test (ADR 0023), or a typo
 * would be indexed and could match, or later become, someone else.
 */
export function ongeldigeBsn(personen: readonly Pick<RadarOpgave, 'bsn'>[]): string | undefined {
  const i = personen.findIndex((p) => p.bsn !== undefined && !isBsn(p.bsn));
  return i < 0 ? undefined : `personen[${i}].bsn: not a BSN (the eleven-test fails)`;
}
