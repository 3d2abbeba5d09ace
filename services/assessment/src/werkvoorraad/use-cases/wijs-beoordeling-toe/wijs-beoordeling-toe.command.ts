/** A `leidinggevende` assigns (or reassigns) a safety assessment to a file holder. */
export interface WijsBeoordelingToeCommand {
  veiligheidsbeoordelingId: string;
  /** The worker's employee id (`sub`). */
  dossierhouder: string;
  /** Free text, required for a reassignment; it goes to the vault, never into this service's tables. */
  reden?: string;
}

export interface BeoordelingToegewezen {
  toewijzingId: string;
  veiligheidsbeoordelingId: string;
  dossierhouder: string;
  vorigeDossierhouder?: string;
  toegewezenOp: string;
  redenRef?: string;
}
