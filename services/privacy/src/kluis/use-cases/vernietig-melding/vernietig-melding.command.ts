/** Destroy a withdrawn report's data (VT-6.7-b); `MeldingVernietigenV1Request` satisfies it. */
export interface VernietigMeldingCommand {
  verzoekId: string;
  regio: string;
  dossierId: string;
  /** The report's texts. */
  aantekeningRefs: readonly string[];
  /** People who exist for this report only (its reporter). */
  persoonRefs: readonly string[];
}
