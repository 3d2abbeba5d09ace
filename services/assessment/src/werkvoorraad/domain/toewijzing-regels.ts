import { RegelOvertreding } from '@vt/contracts';

export type Toetsing =
  | { uitkomst: 'toewijzing' }
  | { uitkomst: 'hertoewijzing'; vorige: string }
  /** Decided: its file holder no longer changes here (409). */
  | { uitkomst: 'gesloten' }
  /** Already this worker's: nothing to record (409). */
  | { uitkomst: 'ongewijzigd' };

/**
 * VT-2.2.1-f: every assessment has one responsible worker, the file holder. A `leidinggevende` assigns it;
 * handing it to another worker is a reassignment, recorded with its reason.
 */
export function toetsToewijzing(
  b: { status: string; dossierhouder?: string | null },
  c: { dossierhouder: string; reden?: string },
): Toetsing {
  if (b.status !== 'open') return { uitkomst: 'gesloten' };
  if (!b.dossierhouder) return { uitkomst: 'toewijzing' };
  if (b.dossierhouder === c.dossierhouder) return { uitkomst: 'ongewijzigd' };
  if (!c.reden)
    throw new RegelOvertreding('VT-2.2.1-f', 'Een hertoewijzing vraagt een reden', [
      { field: 'reden', message: 'verplicht bij een hertoewijzing' },
    ]);
  return { uitkomst: 'hertoewijzing', vorige: b.dossierhouder };
}
