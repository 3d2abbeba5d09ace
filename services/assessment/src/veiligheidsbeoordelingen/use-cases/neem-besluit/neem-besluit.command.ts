import type { Besluit, Overdrachtspartij } from '@vt/contracts';
import type { Expertise } from '../../domain/besluit-regels';

/** The decision of a safety assessment (§7.4.3, §2.2), as the contract's `besluit` body carries it. */
export interface NeemBesluitCommand {
  veiligheidsbeoordelingId: string;
  besluit: Besluit;
  overdrachtspartij?: Overdrachtspartij;
  /** Employee ids of the colleagues consulted (VT-2.2.1-a). */
  geconsulteerd: string[];
  expertise?: Expertise[];
  motivering: { betrokkenInformatie?: string; gewogenBelangen?: string };
  afwijkingMotivering?: string;
  termijnToelichting?: string;
}

export interface BesluitGenomen {
  veiligheidsbeoordelingId: string;
  dossierId: string;
  besluit: Besluit;
  overdrachtspartij?: Overdrachtspartij;
  verantwoordelijke: string | null;
  geindiceerdBesluit: Besluit | null;
  afgeweken: boolean;
  termijnOverschreden: boolean;
  beslotenDoor: string;
  beslotenOp: string;
  geconsulteerd: string[];
  expertise: Expertise[];
  motivering: { betrokkenInformatieRef: string; gewogenBelangenRef: string };
  afwijkingMotiveringRef?: string;
  termijnToelichtingRef?: string;
  /** The decision ended the involvement: the file is closed (VT-11.3.1-c, VT-7.4.3-a B). */
  dossierAfgesloten: boolean;
}
