import { normaliseName } from '@vt/contracts';

/**
 * A value a later report replaced (`eerder`), or an identity a later report gave differently without
 * changing the record (`afwijkend`), kept so that what was recorded when stays known (inzage, §15).
 */
export interface EerdereWaarde {
  veld: Exclude<keyof PersoonGegevens, 'eerder' | 'afwijkend'>;
  waarde: boolean | string;
  /** When the vault recorded it (ISO 8601). */
  vervangenOp: string;
}

/** What the vault seals for a person: the fields the contract lets callers send, and what they replaced. */
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
  eerder?: EerdereWaarde[];
  afwijkend?: EerdereWaarde[];
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

/** Only the fields a person has: whatever else a caller sends (`eerder`, its label) is never sealed. */
export function gegevensVan(bron: object): PersoonGegevens {
  const velden = bron as Partial<Record<string, unknown>>;
  const uit: Record<string, unknown> = {};
  for (const veld of PERSOON_VELDEN)
    if (velden[veld] !== undefined && velden[veld] !== null) uit[veld] = velden[veld];
  return uit as PersoonGegevens;
}

/** Who the person is: a report adds these when missing, but never changes them (a typo, a wrong BSN). */
const IDENTITEIT: readonly string[] = ['naam', 'voornaam', 'achternaam', 'geboortedatum', 'bsn'];

/**
 * A known person's record after a new report about him (VT-6.0-a: the report is recorded): a field the
 * record lacked is added (a BSN learnt later, an address). A changed address, phone, e-mail, institution
 * or gezag takes the report's value, the old one moves to `eerder`. Identity fields are never changed: a
 * report that names him differently is kept in `afwijkend` for a case worker to judge, so a mistyped
 * surname or someone else's valid BSN cannot rewrite who he is. Undefined when the report adds nothing.
 */
export function vulAan(
  bestaand: PersoonGegevens,
  nieuw: PersoonGegevens,
  nu: Date,
): PersoonGegevens | undefined {
  const uit: PersoonGegevens = { ...bestaand };
  const eerder = [...(bestaand.eerder ?? [])];
  const afwijkend = [...(bestaand.afwijkend ?? [])];
  let gewijzigd = false;
  for (const veld of PERSOON_VELDEN) {
    const waarde = nieuw[veld];
    if (waarde === undefined || waarde === bestaand[veld] || zelfdeNaam(veld, waarde, bestaand[veld]))
      continue;
    const oud = bestaand[veld];
    if (oud !== undefined && IDENTITEIT.includes(veld)) {
      if (afwijkend.some((a) => a.veld === veld && a.waarde === waarde)) continue;
      afwijkend.push({ veld, waarde, vervangenOp: nu.toISOString() });
    } else {
      if (oud !== undefined) eerder.push({ veld, waarde: oud, vervangenOp: nu.toISOString() });
      (uit as Record<string, unknown>)[veld] = waarde;
    }
    gewijzigd = true;
  }
  if (!gewijzigd) return undefined;
  return {
    ...uit,
    ...(eerder.length > 0 ? { eerder } : {}),
    ...(afwijkend.length > 0 ? { afwijkend } : {}),
  };
}

/** "van der Berg" and "Van der Berg" are one name: a different spelling is no change worth a history entry. */
function zelfdeNaam(veld: string, a: unknown, b: unknown): boolean {
  return (
    ['naam', 'voornaam', 'achternaam'].includes(veld) &&
    typeof a === 'string' &&
    typeof b === 'string' &&
    normaliseName(a) === normaliseName(b)
  );
}

/** The categories of data a record holds, as the access log names them (which data was read). */
export function gegevensCategorieen(g: PersoonGegevens): string[] {
  const categorie: Record<(typeof PERSOON_VELDEN)[number], string> = {
    naam: 'naam',
    voornaam: 'naam',
    achternaam: 'naam',
    geboortedatum: 'geboortedatum',
    bsn: 'bsn',
    gezag: 'gezag',
    adres: 'adres',
    telefoon: 'contactgegevens',
    email: 'contactgegevens',
    instelling: 'instelling',
  };
  return [...new Set(PERSOON_VELDEN.filter((v) => g[v] !== undefined).map((v) => categorie[v]))];
}

/** What the radar decrypts a candidate for: comparing who he is (§1.3). */
export const RADAR_CATEGORIEEN = ['bsn', 'naam', 'geboortedatum'] as const;
