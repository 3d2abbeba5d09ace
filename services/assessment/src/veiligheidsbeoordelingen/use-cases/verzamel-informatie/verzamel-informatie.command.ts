import type { InformatieVoorstel } from '../../domain/informatie-regels';

/** One piece of information gathered (§7.4.1), as the contract's `informatie` body carries it. */
export interface VerzamelInformatieCommand extends InformatieVoorstel {
  veiligheidsbeoordelingId: string;
  /** VT-11.2-a: relevant to a running criminal investigation; never passed on. */
  strafrechtelijkOnderzoek?: boolean;
  /** VT-11.2-a: contains contact details of police staff. */
  politieContactgegevens?: boolean;
  /** persoonRefs the information is about (per-person rights, §15.7). */
  betreft?: string[];
}

export interface InformatieVastgelegd {
  id: string;
  veiligheidsbeoordelingId: string;
  feitRef?: string;
  interpretatieRef?: string;
}
