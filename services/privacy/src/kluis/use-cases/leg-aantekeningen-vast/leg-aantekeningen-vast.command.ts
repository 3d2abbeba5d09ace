import type { Dossiervorming } from '@vt/contracts';

/** Link people to a file and seal its texts; `AantekeningenVastleggenV1Request` satisfies it. */
export interface LegAantekeningenVastCommand {
  verzoekId: string;
  regio: string;
  dossierId: string;
  personen: readonly { persoonRef: string; rol: string }[];
  aantekeningen: readonly {
    sleutel: string;
    soort: string;
    tekst: string;
    /** persoonRefs the text is about. */
    betreft: readonly string[];
    nietTerInzage?: boolean;
    dossiervorming?: Dossiervorming;
  }[];
}
