import type { Dossiervorming } from '@vt/contracts';
import type { PersoonGegevens } from '../../domain/persoon-gegevens';

/** A person as a caller names him; what the vault stores of him is `PersoonGegevens`. */
export interface TeRegistrerenPersoon extends Omit<PersoonGegevens, 'eerder' | 'afwijkend'> {
  /** The caller's label for him within this call (the contract's `sleutel`); never stored. */
  sleutel: string;
  rol: string;
  nietTerInzage?: boolean;
}

/** Find or register the people of a report (§1.3); `PersonenRegistrerenV1Request` satisfies it. */
export interface RegistreerPersonenCommand {
  verzoekId: string;
  regio: string;
  /** On whose behalf and why the radar decrypts candidates (access log, ADR 0023). */
  verwerking?: { sub?: string; doelbinding?: string };
  personen: readonly TeRegistrerenPersoon[];
  /** The file the caller opens if nobody is known yet: its texts name their people by label. */
  nieuwDossier?: {
    dossierId: string;
    aantekeningen: readonly {
      sleutel: string;
      soort: string;
      tekst: string;
      betreftSleutels: readonly string[];
      nietTerInzage?: boolean;
      dossiervorming?: Dossiervorming;
    }[];
  };
}
