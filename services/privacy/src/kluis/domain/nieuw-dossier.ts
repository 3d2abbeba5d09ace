import type { PersoonMatch } from '@vt/contracts';

/**
 * Why a call's new file cannot be linked as asked, or undefined: its texts name their people by the
 * caller's label (`sleutel`), so each label must name exactly one person of the call.
 */
export function gebrekAanNieuwDossier(
  personen: readonly { sleutel: string }[],
  nieuwDossier: { aantekeningen: readonly { betreftSleutels: readonly string[] }[] } | undefined,
): string | undefined {
  if (!nieuwDossier) return undefined;
  const labels = new Set(personen.map((p) => p.sleutel));
  if (labels.size !== personen.length) return 'personen: sleutel must be unique with nieuwDossier';
  if (nieuwDossier.aantekeningen.some((a) => a.betreftSleutels.some((l) => !labels.has(l))))
    return 'nieuwDossier: betreftSleutels names an unknown sleutel';
  return undefined;
}

/** VT-6.6-a is intake's to decide once anyone is known: the vault opens the file only for new people. */
export function opentNieuwDossier(matches: readonly PersoonMatch[]): boolean {
  return matches.every((m) => m === 'nieuw');
}
