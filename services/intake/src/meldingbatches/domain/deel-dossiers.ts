import type { GekozenDossier } from '../../meldingen/domain/dossierkeuze';

/**
 * VT-6.6-a within one chunk: the files chosen for earlier items of the chunk are not committed yet, so the
 * chunk remembers them per person. An item about a person an earlier item named joins that item's file.
 */
export class DeelDossiers {
  private readonly perPersoon = new Map<string, GekozenDossier>();

  /** The file an earlier item of the chunk chose for one of these people, as a running file to join. */
  van(persoonRefs: readonly string[]): GekozenDossier | undefined {
    for (const ref of persoonRefs) {
      const d = this.perPersoon.get(ref);
      if (d) return d;
    }
    return undefined;
  }

  /** Records the file chosen for an item's people; later items join it as a running file. */
  kies(persoonRefs: readonly string[], dossier: GekozenDossier): void {
    const lopend: GekozenDossier = { ...dossier, lopend: true };
    for (const ref of persoonRefs) if (!this.perPersoon.has(ref)) this.perPersoon.set(ref, lopend);
  }
}
