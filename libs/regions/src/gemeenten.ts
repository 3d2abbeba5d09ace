import { isGemeentecode, type Gemeente, type Gemeentecode } from './gemeente';
import { GEMEENTEN } from './gemeenten.data';
import type { RegioCode } from './regios';
import { VERVALLEN_GEMEENTEN } from './vervallen-gemeenten';

const perCode: ReadonlyMap<string, Gemeente> = new Map(GEMEENTEN.map((g) => [g.code, g]));

/** A municipality of the current division; `undefined` for unknown and for merged-away codes. */
export function gemeente(gemeentecode: string): Gemeente | undefined {
  return perCode.get(gemeentecode);
}

/** The current code for a code that may have merged away (following successive mergers); `undefined` if unknown. */
export function huidigeGemeentecode(gemeentecode: string): Gemeentecode | undefined {
  if (!isGemeentecode(gemeentecode)) return undefined;
  let code: string = gemeentecode;
  // Bounded walk: a cycle in VERVALLEN_GEMEENTEN must not hang a request (the spec also forbids one).
  for (let stap = 0; stap <= Object.keys(VERVALLEN_GEMEENTEN).length; stap += 1) {
    const huidige = perCode.get(code);
    if (huidige) return huidige.code;
    const vervallen = Object.hasOwn(VERVALLEN_GEMEENTEN, code) ? VERVALLEN_GEMEENTEN[code] : undefined;
    if (!vervallen) return undefined;
    code = vervallen.opvolger;
  }
  return undefined;
}

/** Like `gemeente`, but a merged-away code gives its successor (the municipality that holds it today). */
export function huidigeGemeente(gemeentecode: string): Gemeente | undefined {
  const code = huidigeGemeentecode(gemeentecode);
  return code === undefined ? undefined : perCode.get(code);
}

/**
 * The region responsible today under the woonplaatsbeginsel; merged-away codes resolve via their successor.
 * `undefined` means unknown: the API answers 400 (contract §1.1). A file keeps the region it was opened in.
 */
export function regioVoorGemeente(gemeentecode: string): RegioCode | undefined {
  return huidigeGemeente(gemeentecode)?.regio;
}
