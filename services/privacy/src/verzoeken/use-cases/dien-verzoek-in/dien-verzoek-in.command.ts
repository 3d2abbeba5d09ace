import type { Hoedanigheid, VerzoekSoort } from '@vt/contracts';

/** A data-subject request (contract §2 privacy `POST /verzoeken`), whatever carried it in. */
export interface DienVerzoekInCommand {
  soort: VerzoekSoort;
  persoonRef: string;
  ingediendDoor: { persoonRef: string; hoedanigheid: Hoedanigheid };
  ontvangenOp: string;
  toelichting?: string;
  /** VT-15.8.6.1-c: the recorded, motivated judgement that the person (12+) is not competent. */
  wilsonbekwaam?: { motivering: string };
}

export interface VerzoekOntvangen {
  id: string;
  beslissenUiterlijk: string;
  uitvoerenUiterlijk?: string;
}
