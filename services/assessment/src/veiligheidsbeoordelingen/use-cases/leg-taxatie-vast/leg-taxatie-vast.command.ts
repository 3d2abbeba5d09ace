import type { Besluit } from '@vt/contracts';
import type { Taxatie } from '../../domain/geindiceerd-besluit';

/** The safety appraisal (§7.4.2) with the judgements the criteria of §7.5 use. */
export interface LegTaxatieVastCommand extends Taxatie {
  veiligheidsbeoordelingId: string;
  /** VT-7.4.2-c: the risk factors, free text, kept by the vault. */
  risicofactoren: string[];
  /** VT-7.4.2-a: the substantiation of the outcomes. */
  onderbouwing?: string;
}

export interface TaxatieVastgelegd {
  veiligheidsbeoordelingId: string;
  /** VT-7.5-a: the indicated decision; `null` when no criterion set fits and the worker judges. */
  geindiceerdBesluit: Besluit | null;
  criterium: string | null;
  risicofactorenRef?: string;
  onderbouwingRef?: string;
}
