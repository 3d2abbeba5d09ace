import type { Anonimiteit, Anonimiteitsgrond, Kanaal, MelderType } from '../codes';

/**
 * A report as `POST /api/v1/meldingen` receives it (api-v1 §6): the one description of its shape that
 * intake's command, its HTTP DTO and the test kit's `given.melding` all satisfy.
 */
export interface MeldingV1 {
  kanaal: Kanaal;
  /** ISO 8601 with time zone; absent means now. */
  ontvangenOp?: string;
  spoed: boolean;
  melder: MelderV1;
  anonimiteit: Anonimiteit;
  anonimiteitsgrond?: Anonimiteitsgrond;
  huishouden: HuishoudenV1;
  zorgen: ZorgenV1;
}

/** What a report says about its reporter (§6.2, §6.5). */
export interface MelderV1 {
  type: MelderType;
  naam?: string;
  telefoon?: string;
  email?: string;
  adres?: string;
  instelling?: string;
  meldcodePlichtig?: boolean;
  toestemmingIdentiteitDelen?: boolean;
}

export interface HuishoudenV1 {
  /** CBS municipality code of the residence (§3). */
  gemeentecode: string;
  adres?: string;
  personen: HuishoudenPersoonV1[];
}

/** A person of the household the report is about. */
export interface HuishoudenPersoonV1 {
  rol: string;
  voornaam: string;
  achternaam: string;
  geboortedatum?: string;
  bsn?: string;
  gezag?: boolean | string;
}

export interface ZorgenV1 {
  omschrijving: string;
  schaalvraag: number;
  schaalvraagToelichting?: string;
  verwachtingen?: string;
  strafrechtelijkOnderzoek?: boolean;
}
