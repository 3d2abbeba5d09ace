import {
  type Hoedanigheid,
  RegelOvertreding,
  type VerzoekGrond,
  type VerzoekSoort,
  type VerzoekUitkomst,
} from '@vt/contracts';

export interface TeToetsenBesluit {
  soort: VerzoekSoort;
  hoedanigheid: Hoedanigheid;
  uitkomst: VerzoekUitkomst;
  grond?: VerzoekGrond;
  /** Whether the file's investigation refuted the report (VT-15.8.6-a). */
  weerlegd: boolean;
}

/** The grounds a request of this kind may be limited or refused on, and the rule that lists them. */
export function grondenVoor(
  soort: VerzoekSoort,
  hoedanigheid: Hoedanigheid,
): { regel: string; gronden: readonly VerzoekGrond[] } {
  switch (soort) {
    case 'inzage':
    case 'afschrift':
      // §15.8.7: a representative's rights may also yield to the minor's interest.
      return hoedanigheid === 'wettelijk-vertegenwoordiger'
        ? { regel: 'VT-15.8.7-a', gronden: ['privacy-ander', 'noodzakelijk-taak', 'belang-minderjarige'] }
        : { regel: 'VT-15.8.2-a', gronden: ['privacy-ander', 'noodzakelijk-taak'] };
    case 'vernietiging':
      return { regel: 'VT-15.8.5-b', gronden: ['aanmerkelijk-belang-ander', 'wettelijk-voorschrift'] };
    case 'correctie':
      return { regel: 'VT-15.8.3-a', gronden: ['correctie-onterecht'] };
    case 'eigen-verklaring':
      // VT-15.8.4-a: an own statement is added, never refused.
      return { regel: 'VT-15.8.4-a', gronden: [] };
  }
}

/**
 * Refuses a decision the protocol does not allow (422 naming the rule): a limitation or refusal needs one
 * of the grounds of its kind; a granted request names none; a destruction request on a file whose
 * investigation refuted the report is always granted (VT-15.8.6-a).
 */
export function toetsBesluit(b: TeToetsenBesluit): void {
  if (b.uitkomst === 'toegewezen') {
    if (b.grond)
      throw new RegelOvertreding('VT-15.8-a', 'een toegewezen verzoek heeft geen grond voor weigering', [
        { field: 'grond', message: 'alleen bij gedeeltelijk of afgewezen' },
      ]);
    return;
  }
  if (b.soort === 'vernietiging' && b.weerlegd)
    throw new RegelOvertreding(
      'VT-15.8.6-a',
      'het onderzoek weerlegde de melding: het verzoek tot vernietiging wordt altijd toegewezen',
      [{ field: 'uitkomst', message: 'moet toegewezen zijn' }],
    );
  const { regel, gronden } = grondenVoor(b.soort, b.hoedanigheid);
  if (!b.grond || !gronden.includes(b.grond))
    throw new RegelOvertreding(
      regel,
      gronden.length === 0
        ? `een verzoek ${b.soort} kan niet worden beperkt of afgewezen`
        : `beperken of afwijzen alleen op grond van: ${gronden.join(', ')}`,
      [{ field: gronden.length === 0 ? 'uitkomst' : 'grond', message: 'geen grond van deze regel' }],
    );
}
