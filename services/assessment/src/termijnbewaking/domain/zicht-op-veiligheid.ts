import type { ZichtOpVeiligheidGrond } from '@vt/contracts';
import { datumInAmsterdam } from '@vt/werkdagen';

export interface Overname {
  grond: ZichtOpVeiligheidGrond;
  /** The Amsterdam day the responsibility starts. */
  vanaf: string;
  overgenomenOp: Date;
}

/**
 * VT-7.3-a: an urgent report puts oversight of safety with Veilig Thuis immediately, so its assessment starts
 * with the takeover; any other waits for its decision or its 6th working day (the scheduler).
 */
export function overnameBijStart(b: { spoed: boolean }, nu: Date): Overname | undefined {
  return b.spoed ? { grond: 'spoed', vanaf: datumInAmsterdam(nu), overgenomenOp: nu } : undefined;
}
