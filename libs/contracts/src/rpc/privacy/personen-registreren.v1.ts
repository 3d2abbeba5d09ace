/**
 * `vt.rpc.privacy.personen.registreren` (contract §3): intake hands the people of a report to the vault
 * and gets opaque `persoonRef`s back. Carries personal data, so it is request/reply only, never streamed.
 */
export const PERSONEN_REGISTREREN_V1 = 'privacy.personen.registreren';

export interface TeRegistrerenPersoon {
  /** Caller's own key to match the reply to the request (e.g. `huishouden.0`); not stored. */
  sleutel: string;
  rol: string;
  /** A reporter's name as given (one field); household members come with voornaam and achternaam. */
  naam?: string;
  voornaam?: string;
  achternaam?: string;
  geboortedatum?: string;
  bsn?: string;
  gezag?: boolean | string;
  adres?: string;
  telefoon?: string;
  email?: string;
  instelling?: string;
  /** Only in the niet-ter-inzage part (VT-6.5.1-d, VT-15.6-a): an anonymous reporter's identity. */
  nietTerInzage?: boolean;
}

export interface PersonenRegistrerenV1Request {
  /** Idempotency: the same verzoekId returns the same refs and stores nothing twice. */
  verzoekId: string;
  regio: string;
  personen: TeRegistrerenPersoon[];
  /**
   * Optional (added to v1): the file the caller opens if none of these people is known yet. When every person
   * comes back `nieuw`, the vault links them all (with their `rol`) to `dossierId` and seals the texts in the
   * same call, and the reply carries `nieuwDossier`. Otherwise it stores neither, and the caller links and
   * seals through `aantekeningen.vastleggen` once it has chosen the file.
   */
  nieuwDossier?: {
    dossierId: string;
    aantekeningen: NieuwDossierAantekening[];
  };
}

/** A text of a new file; it concerns the people of this request, named by their `sleutel`. */
export interface NieuwDossierAantekening {
  sleutel: string;
  /** What kind of text this is, e.g. `melding.zorgen.omschrijving`. */
  soort: string;
  tekst: string;
  /** `sleutel`s of the people in this request the text is about (per-person access rights, §15.7). */
  betreftSleutels: string[];
  nietTerInzage?: boolean;
}

export type PersoonMatch = 'nieuw' | 'bsn' | 'naam-geboortedatum';

export interface PersonenRegistrerenV1Reply {
  personen: { sleutel: string; persoonRef: string; match: PersoonMatch }[];
  /** Present only when the request asked for it and every person was `nieuw`: the file is linked. */
  nieuwDossier?: {
    dossierId: string;
    aantekeningen: { sleutel: string; aantekeningRef: string }[];
  };
}

/**
 * `vt.rpc.privacy.aantekeningen.vastleggen`: free text goes to the vault, the caller keeps the ref; the
 * people of the file are linked to it in the same call (retention and destruction follow the file).
 */
export const AANTEKENINGEN_VASTLEGGEN_V1 = 'privacy.aantekeningen.vastleggen';

export interface AantekeningenVastleggenV1Request {
  verzoekId: string;
  regio: string;
  dossierId: string;
  /** persoonRefs that belong to this file. */
  personen: { persoonRef: string; rol: string }[];
  aantekeningen: {
    sleutel: string;
    /** What kind of text this is, e.g. `melding.zorgen.omschrijving`. */
    soort: string;
    tekst: string;
    /** persoonRefs the text is about (per-person access rights, §15.7). */
    betreft: string[];
    nietTerInzage?: boolean;
  }[];
}

export interface AantekeningenVastleggenV1Reply {
  aantekeningen: { sleutel: string; aantekeningRef: string }[];
}

/** The error shape of every `vt.rpc.*` reply that failed; `code` is stable, `detail` holds no personal data. */
export interface RpcFout {
  fout: { code: 'ongeldig-verzoek' | 'interne-fout' | 'niet-gevonden'; detail: string };
}
