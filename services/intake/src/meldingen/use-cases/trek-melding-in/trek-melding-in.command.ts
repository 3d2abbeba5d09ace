import type { IntrekkingBesluit } from '@vt/contracts';

/** A reporter's wish to withdraw his report, and Veilig Thuis's decision on it (§6.7). */
export interface TrekMeldingInCommand {
  meldingId: string;
  /** The day the reporter asked (YYYY-MM-DD). */
  verzoekOp: string;
  /** The reason he gave; free text, to the vault. */
  reden: string;
  besluit: IntrekkingBesluit;
  /** Veilig Thuis's grounds; free text, to the vault. */
  motivering: string;
}

/** What the decision answers: for `verwijderen`, whom to inform (VT-6.7-b). */
export interface MeldingIngetrokken {
  meldingId: string;
  dossierId: string;
  besluit: IntrekkingBesluit;
  verzoekOp: string;
  beslotenOp: string;
  redenRef: string;
  motiveringRef: string;
  /** The file lost its only report and is closed. */
  dossierGesloten: boolean;
  teInformeren: { persoonRef: string; rol: string }[];
}
