import type { Anonimiteit, Anonimiteitsgrond, Kanaal, MeldingStatus } from '@vt/contracts';
import type { Huishouden, Melder, Zorgen } from '../../domain/meldingsinhoud';

/** A report as the use case receives it, whatever carried it in; the HTTP request body satisfies it. */
export interface OntvangMeldingCommand {
  kanaal: Kanaal;
  /** ISO 8601 with time zone; absent means now. */
  ontvangenOp?: string;
  spoed: boolean;
  melder: Melder;
  anonimiteit: Anonimiteit;
  anonimiteitsgrond?: Anonimiteitsgrond;
  huishouden: Huishouden;
  zorgen: Zorgen;
}

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
}
