import type {
  Anonimiteit,
  Anonimiteitsgrond,
  CheckAanleiding,
  Kanaal,
  MelderType,
  ZichtOpVeiligheidBij,
} from '../codes';

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
  /** VT-6.5-b: the consequences of anonymity were discussed with the reporter. */
  gevolgenAnonimiteitBesproken?: boolean;
  /** VT-6.8-a: the agreements made with the reporter. */
  afspraken?: AfsprakenV1;
  /** VT-6.2-a(4), VT-6.3-a(4): which feedback the reporter gets, and when he can expect it. */
  terugkoppeling?: TerugkoppelingV1;
  /** VT-3.0-b: another region than the residence gives, with the reason (free text, to the vault). */
  regioAfwijking?: { regio: string; reden: string };
}

/** VT-6.8-a; the texts go to the vault, `zichtOpVeiligheidBij` is a code (VT-6.1-a). */
export interface AfsprakenV1 {
  zichtOpVeiligheidBij?: ZichtOpVeiligheidBij;
  vervolgstappen?: string;
  samenwerking?: string;
  afstemmingDirectbetrokkenen?: string;
  communicatie?: string;
}

export interface TerugkoppelingV1 {
  /** Calendar date (YYYY-MM-DD), not before the day of receipt. */
  verwachtOp?: string;
  /** What feedback was agreed (free text, to the vault). */
  afspraak?: string;
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
  /** VT-3.2.2-a, VT-6.3-a: the Meldcode steps and the afwegingskader were discussed (professionals). */
  meldcodeStappenBesproken?: boolean;
  /** VT-6.3.1-a: the report results from a Kindcheck or Mantelzorgcheck (professionals). */
  checkAanleiding?: CheckAanleiding;
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
  /** VT-6.3-a(1): a suspicion of acute unsafety. */
  acuteOnveiligheid?: boolean;
  /** VT-6.3-a(1): a suspicion of structural unsafety. */
  structureleOnveiligheid?: boolean;
}
