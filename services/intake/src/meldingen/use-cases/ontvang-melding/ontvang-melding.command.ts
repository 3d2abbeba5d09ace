import type { HermeldingCategorie, MeldingStatus, MeldingV1 } from '@vt/contracts';

/**
 * A report as the use case receives it, whatever carried it in: the contract's shape, which the HTTP
 * request body satisfies.
 */
export type OntvangMeldingCommand = MeldingV1;

/** What the receipt answers (contract §6): the ids, the region, the deadlines and the file chosen. */
export interface MeldingOntvangen {
  meldingId: string;
  dossierId: string;
  regio: string;
  ontvangenOp: string;
  status: MeldingStatus;
  veiligheidsbeoordelingUiterlijk: string;
  zichtOpVeiligheidUiterlijk: string;
  lopendDossier: boolean;
  eerdereDossiers: string[];
  /** VT-B1-b: set when the report is a re-report. */
  hermelding?: HermeldingCategorie;
}
