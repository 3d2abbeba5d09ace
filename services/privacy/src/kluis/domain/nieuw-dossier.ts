import type { PersoonMatch } from '@vt/contracts';

/**
 * Why a new file cannot be linked as asked, or undefined: its texts name their people by the caller's
 * label (`sleutel`), so each label must name exactly one person of the call.
 */
export function gebrekAanNieuwDossier(
  labels: readonly string[],
  betreftLabels: readonly (readonly string[])[],
): string | undefined {
  const bekend = new Set(labels);
  if (bekend.size !== labels.length) return 'personen: sleutel must be unique with nieuwDossier';
  if (betreftLabels.some((betreft) => betreft.some((l) => !bekend.has(l))))
    return 'nieuwDossier: betreftSleutels names an unknown sleutel';
  return undefined;
}

/** VT-6.6-a is intake's to decide once anyone is known: the vault opens the file only for new people. */
export function opentNieuwDossier(matches: readonly PersoonMatch[]): boolean {
  return matches.every((m) => m === 'nieuw');
}
