import type { Naleving, Tellingen } from '../../domain/naleving';

export interface LeesTermijnnalevingCommand {
  regio: string;
  /** YYYY-MM, the month of receipt. */
  maand: string;
}

export interface Termijnnaleving extends Tellingen, Naleving {
  regio: string;
  maand: string;
  sectornorm: number;
  /** Open assessments of the whole region past their deadline today. */
  verlopenNu: number;
}
