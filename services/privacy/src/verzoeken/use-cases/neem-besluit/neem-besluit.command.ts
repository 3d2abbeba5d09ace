import type { VerzoekGrond, VerzoekUitkomst } from '@vt/contracts';

/** A decision on a data-subject request (contract §2 privacy `POST /verzoeken/{id}/besluit`). */
export interface NeemBesluitCommand {
  uitkomst: VerzoekUitkomst;
  grond?: VerzoekGrond;
  motivering: string;
  /** The texts (aantekeningRefs) a limitation withholds (§15.8.2, §15.8.7). */
  beperkt?: string[];
}

export interface VerzoekBesloten {
  id: string;
  uitkomst: VerzoekUitkomst;
  grond?: VerzoekGrond;
  beslotenOp: string;
  /** When a granted destruction was carried out (VT-15.8.5-a). */
  uitgevoerdOp?: string;
}
