import type { AfzienVoorstel } from '../../domain/contact-regels';

/** The decision to refrain from contact with the people involved (§2.1.3). */
export interface ZieAfVanContactCommand extends AfzienVoorstel {
  veiligheidsbeoordelingId: string;
  /** persoonRefs contact is refrained from. */
  personen: string[];
  geconsulteerd: string[];
}

export interface AfzienVastgelegd {
  id: string;
  veiligheidsbeoordelingId: string;
  motiveringRef: string;
  feitenRef: string;
  informerenOp?: string;
  informerenBijRef?: string;
}
