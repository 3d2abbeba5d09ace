import type { Positie } from './cursor';

export const WEERGAVEN = ['mijn', 'team', 'niet-toegewezen', 'alle'] as const;
export type Weergave = (typeof WEERGAVEN)[number];

/** The yes/no indicators a worklist can be filtered on, as the row shows them. */
export const INDICATOREN = [
  'spoed',
  'herbeoordeling',
  'hermelding',
  'radar',
  'anoniemeMelder',
  'zichtOpVeiligheid',
] as const;
export type Indicator = (typeof INDICATOREN)[number];

/** One page of a worklist as the repository reads it: everything already decided, nothing left to parse. */
export interface WerkvoorraadVraag {
  regio: string;
  weergave: Weergave;
  /** The reader (`sub`), for `mijn`. */
  medewerker: string;
  dossierhouder?: string;
  /** `uiterlijk` from (inclusive) and before (exclusive): a deadline status on today's calendar. */
  uiterlijkVan?: string;
  uiterlijkTot?: string;
  indicatoren: Partial<Record<Indicator, boolean>>;
  na?: Positie;
  limiet: number;
}

export interface WerkvoorraadRij extends Record<Indicator, boolean> {
  id: string;
  uiterlijk: string;
  /** ISO 8601 in UTC. */
  ontvangenOp: string;
  /** `ontvangenOp` as PostgreSQL writes it, for the cursor (no precision lost). */
  ontvangenOpTekst: string;
  dossierId: string;
  status: string;
  dossierhouder: string | null;
}
