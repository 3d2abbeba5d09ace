import type { Aad } from '../../kluis/kluis.service';

/** A request's free text is bound to its row, column and person: it cannot be moved to another one. */
export function verzoekTekstAad(
  verzoekId: string,
  column: 'teksten' | 'motivering',
  persoonRef: string,
): Aad {
  return { table: 'verzoek', column, rowId: verzoekId, persoonRef };
}
