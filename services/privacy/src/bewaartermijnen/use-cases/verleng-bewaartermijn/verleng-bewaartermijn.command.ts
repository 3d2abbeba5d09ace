/** A manager's extension of a file's retention (contract §2 privacy `POST .../bewaartermijn/verlenging`). */
export interface VerlengBewaartermijnCommand {
  tot: string;
  motivering: string;
}

/** A file's retention as the contract shows it: `{bewaarTot, grondslag, verlengingen}`. */
export interface BewaartermijnOverzicht {
  dossierId: string;
  bewaarTot: string;
  grondslag: string;
  status: string;
  verlengingen: { tot: string; door: string; op: string; motiveringRef: string }[];
}
