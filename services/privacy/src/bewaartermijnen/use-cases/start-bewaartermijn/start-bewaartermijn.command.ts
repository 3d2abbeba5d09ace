import type { BewaarGrondslag } from '../../persistence/bewaartermijn.entity';

/** A file closed (`<service>.dossier-afgesloten`) or an advice's last contact: retention starts. */
export interface StartBewaartermijnCommand {
  dossierId: string;
  regio: string;
  grondslag: BewaarGrondslag;
  /** The closing instant or the instant of last contact. */
  vanaf: string;
}
