import type { AdviesKanaal, Adviesvrager, AdviesvragerType } from '@vt/contracts';
import type { EersteContact, Meldcode } from '../../persistence/advies.entity';

/** An advice or support contact as `POST /api/v1/adviezen` receives it (contract §2, extended). */
export interface RegistreerAdviesCommand {
  kanaal: AdviesKanaal;
  adviesvragerType: AdviesvragerType;
  /** Free text: goes to the vault, intake keeps the reference. */
  samenvatting: string;
  toestemmingRegistratie: boolean;
  /** VT-15.5-b: the explanation of what is recorded, and how to withdraw, was given before the consent. */
  toestemmingToegelicht?: boolean;
  adviesvrager?: Adviesvrager;
  /** The number the seeker quotes for a follow-up advice on the same case (VT-5.5-b). */
  dossiernummer?: string;
  eersteContact?: EersteContact;
  meldcode?: Meldcode;
}

/** The answer (contract §2): the ids, the number for the seeker, and until when the advice is kept. */
export interface AdviesGeregistreerd {
  id: string;
  dossiernummer: string;
  bewaarTot: string;
  adviesdossierId: string;
  vervolgOp?: string;
}
