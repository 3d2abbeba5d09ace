/** What the vault seals for a person; exactly the fields the contract lets callers send. */
export interface PersoonGegevens {
  naam?: string;
  voornaam?: string;
  achternaam?: string;
  geboortedatum?: string;
  bsn?: string;
  gezag?: boolean | string;
  adres?: string;
  telefoon?: string;
  email?: string;
  instelling?: string;
}

export const PERSOON_VELDEN = [
  'naam',
  'voornaam',
  'achternaam',
  'geboortedatum',
  'bsn',
  'gezag',
  'adres',
  'telefoon',
  'email',
  'instelling',
] as const satisfies readonly (keyof PersoonGegevens)[];

export function gegevensVan(bron: Partial<Record<string, unknown>>): PersoonGegevens {
  const uit: Record<string, unknown> = {};
  for (const veld of PERSOON_VELDEN)
    if (bron[veld] !== undefined && bron[veld] !== null) uit[veld] = bron[veld];
  return uit as PersoonGegevens;
}
