import {
  AMBTSHALVE_MELDER_TYPE,
  type Anonimiteit,
  type Anonimiteitsgrond,
  type MelderType,
  type MelderV1,
  type MeldingStatus,
  RegelOvertreding,
} from '@vt/contracts';
import { type TermijnKalender, veiligheidsbeoordelingTermijnen } from '@vt/werkdagen';

export interface Meldingsgegevens {
  melder: MelderV1;
  anonimiteit: Anonimiteit;
  anonimiteitsgrond?: Anonimiteitsgrond;
}

const aanwezig = (v?: string) => typeof v === 'string' && v.trim().length > 0;

/**
 * The rules a report must meet before anything is stored (§6). Throws the first rule refused, with
 * every offending field listed.
 */
export function toetsMelding(m: Meldingsgegevens): void {
  const { melder, anonimiteit } = m;
  if (anonimiteit === 'tov-veilig-thuis') {
    // VT-6.5.2-a: a reporter anonymous towards VT gives no identity, so none may be kept either; the
    // institution he works for could reveal him as well as his name.
    const gegeven = (['naam', 'telefoon', 'email', 'adres', 'instelling'] as const).filter((k) =>
      aanwezig(melder[k]),
    );
    if (gegeven.length > 0) {
      throw new RegelOvertreding(
        'VT-6.5.2-a',
        'een melder die anoniem is tegenover Veilig Thuis geeft geen identiteit; laat deze velden weg of kies een andere anonimiteit',
        gegeven.map((k) => ({
          field: `melder.${k}`,
          message: 'niet toegestaan bij anonimiteit tov-veilig-thuis',
        })),
      );
    }
  } else if (melder.type !== AMBTSHALVE_MELDER_TYPE) {
    // VT-6.0-a: the reporter makes himself and his contact details known (the police as an institution).
    // An ex officio report's reporter is Veilig Thuis itself (VT-4.4-e): nobody to identify or contact.
    const fouten: { field: string; message: string }[] = [];
    const identiteit = aanwezig(melder.naam) || (melder.type === 'politie' && aanwezig(melder.instelling));
    if (!identiteit) fouten.push({ field: 'melder.naam', message: 'de melder moet zijn naam geven' });
    if (!aanwezig(melder.telefoon) && !aanwezig(melder.email)) {
      fouten.push({
        field: 'melder.telefoon',
        message: 'de melder moet een telefoonnummer of e-mailadres geven',
      });
    }
    if (fouten.length > 0) {
      throw new RegelOvertreding(
        'VT-6.0-a',
        'een melding vraagt een identificeerbare melder met contactgegevens',
        fouten,
      );
    }
  }
  // VT-6.5.1-b: a professional asking anonymity towards the family names the ground; others have none.
  if (melder.type === 'professional' && anonimiteit === 'tov-directbetrokkenen' && !m.anonimiteitsgrond) {
    throw new RegelOvertreding('VT-6.5.1-b', 'een professional die anoniem wil blijven noemt de grond', [
      {
        field: 'anonimiteitsgrond',
        message: 'verplicht voor een professional bij anonimiteit tov-directbetrokkenen',
      },
    ]);
  }
  if (m.anonimiteitsgrond && !(melder.type === 'professional' && anonimiteit === 'tov-directbetrokkenen')) {
    throw new RegelOvertreding(
      'VT-6.5.1-b',
      'een anonimiteitsgrond hoort alleen bij een professional die anoniem wil blijven',
      [
        {
          field: 'anonimiteitsgrond',
          message: 'alleen bij melder.type professional en anonimiteit tov-directbetrokkenen',
        },
      ],
    );
  }
}

/** VT-6.5.2-a: anonymous towards VT waits for a manager's decision; every other report is taken up. */
export function beginstatus(anonimiteit: Anonimiteit): MeldingStatus {
  return anonimiteit === 'tov-veilig-thuis' ? 'niet-in-behandeling' : 'in-behandeling';
}

/** Private reporters (VT-2.1.1-b): a bystander, or a directly involved person who reports. */
const PRIVE_MELDERS: readonly MelderType[] = ['omstander', 'directbetrokkene'];

/**
 * Whether the reporter's identity belongs to the niet-ter-inzage part (VT-15.6-a), out of reach of the
 * family's inspection: an anonymous reporter's always (VT-6.5.1-d); a private reporter's unless he gave
 * his explicit consent to its being shared with the family (VT-2.1.1-b, VT-6.5.1-a).
 */
export function melderNietTerInzage(m: {
  anonimiteit: Anonimiteit;
  melder: { type: MelderType; toestemmingIdentiteitDelen?: boolean };
}): boolean {
  if (m.anonimiteit !== 'geen') return true;
  return PRIVE_MELDERS.includes(m.melder.type) && m.melder.toestemmingIdentiteitDelen !== true;
}

/** The contract's names for the safety assessment's terms (VT-7.2-a, VT-7.3-a), computed in @vt/werkdagen. */
export function termijnen(kalender: TermijnKalender, ontvangenOp: Date, spoed: boolean) {
  const t = veiligheidsbeoordelingTermijnen(kalender, ontvangenOp, spoed);
  return {
    veiligheidsbeoordelingUiterlijk: t.uiterlijk,
    zichtOpVeiligheidUiterlijk: t.zichtOpVeiligheidVanaf,
  };
}
