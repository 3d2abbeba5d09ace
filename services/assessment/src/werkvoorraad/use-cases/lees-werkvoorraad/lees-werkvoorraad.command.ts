import type { Termijnstand, Termijnstatus } from '../../domain/termijnstand';
import type { Indicator, Weergave } from '../../domain/werkvoorraad-vraag';

/** A page of a worklist as the reader asked for it (the query, validated). */
export interface LeesWerkvoorraadCommand extends Partial<Record<Indicator, boolean>> {
  weergave: Weergave;
  status?: Termijnstatus;
  dossierhouder?: string;
  cursor?: string;
  limiet?: number;
}

export const FASEN = ['veiligheidsbeoordeling', 'besloten'] as const;

export interface WerkvoorraadItem extends Termijnstand, Record<Indicator, boolean> {
  veiligheidsbeoordelingId: string;
  dossierId: string;
  fase: (typeof FASEN)[number];
  uiterlijk: string;
  ontvangenOp: string;
  dossierhouder?: string;
}

export interface Werkvoorraad {
  items: WerkvoorraadItem[];
  /** The cursor of the next page; absent on the last. */
  volgende?: string;
}
