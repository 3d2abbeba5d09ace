import type { Ondersteuningsactie } from '@vt/contracts';

/** A support action on an advice (VT-4.3-a, VT-5.3-b): a code, and a note that goes to the vault. */
export interface LegOndersteuningVastCommand {
  actie: Ondersteuningsactie;
  toelichting?: string;
  /** VT-5.3-a: a professional confirms the consent of (one of) the directly involved persons. */
  toestemmingBetrokkenenBevestigd?: boolean;
}

export interface OndersteuningVastgelegd {
  id: string;
  adviesId: string;
  /** The file's retention, moved by this contact (VT-15.3.4.1-a). */
  bewaarTot: string;
}
