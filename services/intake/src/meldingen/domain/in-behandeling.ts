import type { MeldingStatus } from '@vt/contracts';

export type InBehandelingUitkomst = 'neem' | 'al-in-behandeling';

/**
 * VT-6.5.2-a: only a report that is not taken into treatment (anonymous towards Veilig Thuis) waits for a
 * manager's decision; a report in treatment has nothing to decide (a conflict, not a rule refused).
 */
export function beslisInBehandeling(status: MeldingStatus): InBehandelingUitkomst {
  return status === 'niet-in-behandeling' ? 'neem' : 'al-in-behandeling';
}

/** The sleutel of a decision's motivation among a report's text refs. */
export const IN_BEHANDELING_MOTIVERING = 'inBehandeling.motivering';
