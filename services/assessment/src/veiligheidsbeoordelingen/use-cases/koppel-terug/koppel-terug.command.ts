import type { TerugkoppelingVoorstel } from '../../domain/terugkoppeling-regels';

/** Feedback to one reporter right after the assessment (§12.2), recorded as sent. */
export interface KoppelTerugCommand extends TerugkoppelingVoorstel {
  veiligheidsbeoordelingId: string;
  meldingId: string;
  kanaal: 'telefonisch' | 'schriftelijk';
}

export interface TerugkoppelingVerzonden {
  id: string;
  veiligheidsbeoordelingId: string;
  meldingId: string;
  verzondenOp: string;
}
