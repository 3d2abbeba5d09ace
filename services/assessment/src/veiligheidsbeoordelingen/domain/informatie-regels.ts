import { RegelOvertreding } from '@vt/contracts';

/** VT-7.4.1.1-b: the sources of the protocol's list (item 8 split in its two parties; 11 in its two). */
export const BRONNEN = [
  'eigen-systemen',
  'andere-veilig-thuis',
  'brp',
  'gezagsregister',
  'lokaal-team',
  'raad-voor-de-kinderbescherming',
  'directbetrokkenen',
  'gecertificeerde-instelling',
  'kantonrechter',
  'slachtofferhulp',
  'reclassering',
  'politie',
  'openbaar-ministerie',
] as const;
export type Bron = (typeof BRONNEN)[number];

export const INFORMATIESOORTEN = ['dat', 'wat'] as const;
export type Informatiesoort = (typeof INFORMATIESOORTEN)[number];

/** VT-7.4.1.1-c: the two grounds on which "what" information may come from the police or OM. */
export const POLITIEGRONDEN = ['nodig-voor-eerste-contact', 'strafrechtelijk-onderzoek'] as const;
export type Politiegrond = (typeof POLITIEGRONDEN)[number];

export interface InformatieVoorstel {
  bron: Bron;
  soort: Informatiesoort;
  voorContactMetDirectbetrokkenen: boolean;
  /** VT-7.4.1.1-a: a "that" check answers whether the people are known to the partner. */
  bekend?: boolean;
  feit?: string;
  interpretatie?: string;
  politiegrond?: Politiegrond;
}

/** Rules of one information entry (VT-7.4.1-a, VT-7.4.1.1-a/b/c, VT-2.1.8-a/b). */
export function toetsInformatie(v: InformatieVoorstel): void {
  const heeftTekst = Boolean(v.feit?.trim() || v.interpretatie?.trim());
  if (v.soort === 'dat' && v.bekend === undefined) {
    throw new RegelOvertreding('VT-7.4.1.1-a', 'DAT-informatie legt vast of de personen bekend zijn', [
      { field: 'bekend', message: 'verplicht bij soort dat' },
    ]);
  }
  if (v.soort === 'wat' && !heeftTekst) {
    throw new RegelOvertreding('VT-2.1.8-a', 'WAT-informatie is een feit of een interpretatie, met bron', [
      { field: 'feit', message: 'een feit of een interpretatie is verplicht bij soort wat' },
    ]);
  }
  if (v.soort === 'wat' && isPolitieOfOm(v.bron) && !v.politiegrond) {
    throw new RegelOvertreding(
      'VT-7.4.1.1-c',
      'WAT-informatie van politie of OM alleen nodig voor het eerste contact of bij een mogelijk strafrechtelijk onderzoek',
      [{ field: 'politiegrond', message: `een van ${POLITIEGRONDEN.join(', ')}` }],
    );
  }
}

export function isPolitieOfOm(bron: Bron): boolean {
  return bron === 'politie' || bron === 'openbaar-ministerie';
}
