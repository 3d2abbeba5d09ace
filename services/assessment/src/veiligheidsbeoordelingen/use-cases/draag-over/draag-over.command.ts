import type { OverdrachtVoorstel } from '../../domain/overdracht-regels';

/** The direct handover after a decision `overdracht` (§11.3). */
export interface DraagOverCommand extends OverdrachtVoorstel {
  veiligheidsbeoordelingId: string;
}

export interface OvergedragenInformatie {
  /** VT-2.1.8-d: facts and interpretations in separate parts, each with its source. */
  feiten: { informatieId: string; bron: string; aantekeningRef: string }[];
  interpretaties: { informatieId: string; bron: string; aantekeningRef: string }[];
}

export interface OverdrachtVerzonden {
  veiligheidsbeoordelingId: string;
  partij: string;
  vorm: string;
  verzondenOp: string;
  /** VT-7.4.2-c: the risk factors go with every handover. */
  risicofactorenRef?: string;
  informatie: OvergedragenInformatie;
}
