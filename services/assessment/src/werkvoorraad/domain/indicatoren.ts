import type { Anonimiteit } from '@vt/contracts';

/** What intake's report says about a new assessment, as the worklist shows it. */
export interface MeldingFeiten {
  lopendDossier: boolean;
  anonimiteit: Anonimiteit;
  eerdereDossiers?: string[];
}

export interface Indicatoren {
  /** VT-B1-b: a new file about people with earlier closed files (a report on a running file is not one). */
  hermelding: boolean;
  /** VT-1.3-c: the radar found earlier files about these people. */
  radar: boolean;
  /** §6.5: anonymous towards the family or towards Veilig Thuis. */
  anoniemeMelder: boolean;
}

export function indicatorenVan(m: MeldingFeiten): Indicatoren {
  const eerdere = (m.eerdereDossiers ?? []).length > 0;
  return {
    hermelding: eerdere && !m.lopendDossier,
    radar: eerdere,
    anoniemeMelder: m.anonimiteit !== 'geen',
  };
}
