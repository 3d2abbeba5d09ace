/** A manager takes a report anonymous towards Veilig Thuis into treatment after all (§6.5.2). */
export interface NeemInBehandelingCommand {
  meldingId: string;
  /** Why there is a plausible suspicion of acute or structural unsafety; free text, to the vault. */
  motivering: string;
}

/** What the decision answers. */
export interface InBehandelingGenomen {
  meldingId: string;
  dossierId: string;
  status: 'in-behandeling';
  inBehandelingGenomenOp: string;
  motiveringRef: string;
}
