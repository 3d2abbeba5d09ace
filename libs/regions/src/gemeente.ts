import type { RegioCode } from './regios';

/** CBS municipality code: `GM` and four digits, e.g. `GM0344` (Utrecht). */
export type Gemeentecode = `GM${string}`;

export interface Gemeente {
  readonly code: Gemeentecode;
  readonly naam: string;
  /** The safety region whose Veilig Thuis is responsible (woonplaatsbeginsel, contract §1.1). */
  readonly regio: RegioCode;
}

const GEMEENTECODE_PATROON = /^GM\d{4}$/;

/** Format check only; whether the municipality exists is `gemeente()` / `regioVoorGemeente()`. */
export function isGemeentecode(x: unknown): x is Gemeentecode {
  return typeof x === 'string' && GEMEENTECODE_PATROON.test(x);
}
