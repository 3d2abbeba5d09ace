import type { MelderType } from '@vt/contracts';

/** What a report says about its reporter (§6.2, §6.5). */
export interface Melder {
  type: MelderType;
  naam?: string;
  telefoon?: string;
  email?: string;
  adres?: string;
  instelling?: string;
  meldcodePlichtig?: boolean;
  toestemmingIdentiteitDelen?: boolean;
}

/** A person of the household the report is about. */
export interface HuishoudenPersoon {
  rol: string;
  voornaam: string;
  achternaam: string;
  geboortedatum?: string;
  bsn?: string;
  gezag?: boolean | string;
}

export interface Huishouden {
  /** CBS municipality code of the residence (§3). */
  gemeentecode: string;
  adres?: string;
  personen: HuishoudenPersoon[];
}

export interface Zorgen {
  omschrijving: string;
  schaalvraag: number;
  schaalvraagToelichting?: string;
  verwachtingen?: string;
  strafrechtelijkOnderzoek?: boolean;
}
