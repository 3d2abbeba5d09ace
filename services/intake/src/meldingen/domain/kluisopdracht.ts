import type {
  Anonimiteit,
  HuishoudenV1,
  MelderV1,
  MeldingV1,
  TeRegistrerenPersoon,
  ZorgenV1,
} from '@vt/contracts';
import { melderNietTerInzage } from './melding-regels';

export interface Tekst {
  sleutel: string;
  soort: string;
  tekst: string;
  /** In the niet-ter-inzage part (VT-15.6-a): it could reveal a reporter whose identity is kept from the family. */
  nietTerInzage?: boolean;
}

/** What the vault is told about a report's people and texts. */
export interface Meldingsinhoud {
  anonimiteit: Anonimiteit;
  melder: MelderV1;
  huishouden: Pick<HuishoudenV1, 'adres' | 'personen'>;
  zorgen: Pick<ZorgenV1, 'omschrijving' | 'schaalvraagToelichting' | 'verwachtingen'>;
}

/** The vault's key for the i-th person of the household; the reporter's is `melder`. */
export const huishoudenSleutel = (i: number) => `huishouden.${i}`;
export const MELDER_SLEUTEL = 'melder';

/**
 * The people the vault registers: the household, and the reporter unless he is anonymous towards Veilig
 * Thuis (VT-6.5.2-a: no identity kept) or gave nothing to keep. Empty values are not sent.
 */
export function teRegistrerenPersonen(m: Meldingsinhoud): TeRegistrerenPersoon[] {
  const personen: TeRegistrerenPersoon[] = m.huishouden.personen.map((p, i) => ({
    sleutel: huishoudenSleutel(i),
    rol: p.rol,
    voornaam: p.voornaam,
    achternaam: p.achternaam,
    geboortedatum: p.geboortedatum,
    bsn: p.bsn,
    gezag: p.gezag,
    adres: m.huishouden.adres,
  }));
  const melder = m.melder;
  if (
    m.anonimiteit !== 'tov-veilig-thuis' &&
    (melder.naam || melder.telefoon || melder.email || melder.adres || melder.instelling)
  ) {
    personen.push({
      sleutel: MELDER_SLEUTEL,
      rol: 'melder',
      naam: melder.naam,
      telefoon: melder.telefoon,
      email: melder.email,
      adres: melder.adres,
      instelling: melder.instelling,
      nietTerInzage: melderNietTerInzage(m),
    });
  }
  return personen.map(zonderLeeg);
}

/** The report's texts beyond its concerns, each optional (§3, §6.2, §6.8). */
export type OverigeTeksten = Partial<
  Pick<MeldingV1, 'afspraken' | 'terugkoppeling' | 'regioAfwijking' | 'anonimiteit' | 'melder'>
>;

/**
 * The report's free texts for the vault; empty ones are not stored. What was agreed with the reporter
 * (VT-6.8-a, the feedback of VT-6.2-a) could reveal him: it is niet-ter-inzage whenever his identity is
 * (VT-6.5.1-d, VT-15.6-a).
 */
export function tekstenVan(m: Pick<Meldingsinhoud, 'zorgen'> & OverigeTeksten): Tekst[] {
  const a = m.afspraken;
  const overMelder =
    m.anonimiteit !== undefined &&
    m.melder !== undefined &&
    melderNietTerInzage({ anonimiteit: m.anonimiteit, melder: m.melder });
  const teksten: [string, string | undefined, boolean][] = [
    ['zorgen.omschrijving', m.zorgen.omschrijving, false],
    ['zorgen.schaalvraagToelichting', m.zorgen.schaalvraagToelichting, false],
    ['zorgen.verwachtingen', m.zorgen.verwachtingen, false],
    ['afspraken.vervolgstappen', a?.vervolgstappen, overMelder],
    ['afspraken.samenwerking', a?.samenwerking, overMelder],
    ['afspraken.afstemmingDirectbetrokkenen', a?.afstemmingDirectbetrokkenen, overMelder],
    ['afspraken.communicatie', a?.communicatie, overMelder],
    ['terugkoppeling.afspraak', m.terugkoppeling?.afspraak, overMelder],
    ['regioAfwijking.reden', m.regioAfwijking?.reden, false],
  ];
  return teksten
    .filter((t): t is [string, string, boolean] => typeof t[1] === 'string' && t[1].trim().length > 0)
    .map(([sleutel, tekst, nietTerInzage]) => ({
      sleutel,
      soort: `melding.${sleutel}`,
      tekst,
      ...(nietTerInzage ? { nietTerInzage } : {}),
    }));
}

function zonderLeeg<T extends object>(o: T): T {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== ''),
  ) as T;
}
