import { type IntrekkingBesluit, OngeldigeInvoer } from '@vt/contracts';
import { datumInAmsterdam } from '@vt/werkdagen';

/**
 * VT-6.7-a: the day the reporter asked to withdraw lies between the day of receipt and today (Amsterdam);
 * anything else is invalid input.
 */
export function toetsIntrekkingsverzoek(verzoekOp: string, ontvangenOp: Date, nu: Date): void {
  if (verzoekOp < datumInAmsterdam(ontvangenOp)) {
    throw new OngeldigeInvoer([
      { field: 'verzoekOp', message: 'het verzoek ligt voor de ontvangst van de melding' },
    ]);
  }
  if (verzoekOp > datumInAmsterdam(nu)) {
    throw new OngeldigeInvoer([{ field: 'verzoekOp', message: 'het verzoek ligt in de toekomst' }]);
  }
}

/**
 * VT-6.7-b: a removed report is followed by informing the directly involved persons (the people on its
 * file) and those it was discussed with; a report kept (VT-6.7-c) informs nobody. Intake has no
 * disclosure log yet, so the list holds the file's people only.
 */
export function teInformeren<P>(besluit: IntrekkingBesluit, personenOpDossier: readonly P[]): P[] {
  return besluit === 'verwijderen' ? [...personenOpDossier] : [];
}

/** The sleutels of a withdrawal's texts in the vault. */
export const INTREKKING_REDEN = 'intrekking.reden';
export const INTREKKING_MOTIVERING = 'intrekking.motivering';
