/** A running or closed file of the region that one of the report's known people belongs to. */
export interface BestaandDossier {
  id: string;
  status: 'lopend' | 'afgesloten';
  eerdereDossiers: string[];
  /** The report's people on this file (absent: not looked up). */
  personen?: string[];
}

export interface GekozenDossier {
  id: string;
  /** A running file joined (VT-6.6-a), rather than a new one. */
  lopend: boolean;
  eerdereDossiers: string[];
}

/**
 * VT-6.6-a: a running file of any of the people is joined (the newest, when `bestaande` is newest first);
 * otherwise a new file lists their earlier, closed files (radar, VT-15.3.2).
 */
export function kiesDossier(bestaande: readonly BestaandDossier[], nieuwDossierId: string): GekozenDossier {
  const lopend = bestaande.find((d) => d.status === 'lopend');
  if (lopend) return { id: lopend.id, lopend: true, eerdereDossiers: lopend.eerdereDossiers };
  return { id: nieuwDossierId, lopend: false, eerdereDossiers: bestaande.map((d) => d.id) };
}

/** The file of a report about nobody the vault knew: certainly new, with no earlier files. */
export function nieuwDossier(dossierId: string): GekozenDossier {
  return { id: dossierId, lopend: false, eerdereDossiers: [] };
}
