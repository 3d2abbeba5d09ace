import type { HuishoudenV1, ZorgenV1 } from '@vt/contracts';
import type { AmbtshalveVoorwaarden } from '../../domain/advies-regels';

/**
 * The responsible worker's decision to make an ex officio report of an advice (§4.4, §5.4), with the
 * household and concerns the report needs (condition: Veilig Thuis has the family's personal data).
 */
export interface DoeAmbtshalveMeldingCommand {
  voorwaarden: AmbtshalveVoorwaarden;
  /** VT-4.4-b / VT-5.4-b: the consideration was discussed with the seeker. */
  besprokenMetAdviesvrager: boolean;
  /** VT-2.2.1-a: colleagues consulted (employee ids). */
  geconsulteerd: string[];
  /** VT-2.2.2-a: both parts of the motivation; free text for the vault. */
  motivering: { betrokkenInformatie: string; gewogenBelangen: string };
  spoed: boolean;
  huishouden: HuishoudenV1;
  zorgen: ZorgenV1;
}

/** The report the advice became. */
export interface AmbtshalveMeldingGedaan {
  adviesId: string;
  meldingId: string;
  dossierId: string;
  regio: string;
  ontvangenOp: string;
  veiligheidsbeoordelingUiterlijk: string;
}
