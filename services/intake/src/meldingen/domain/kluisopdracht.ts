import type { Anonimiteit, HuishoudenV1, MelderV1, TeRegistrerenPersoon, ZorgenV1 } from '@vt/contracts';
import { melderNietTerInzage } from './melding-regels';

export interface Tekst {
  sleutel: string;
  soort: string;
  tekst: string;
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

/** The report's free texts for the vault; empty ones are not stored. */
export function tekstenVan(m: Pick<Meldingsinhoud, 'zorgen'>): Tekst[] {
  const teksten: [string, string | undefined][] = [
    ['zorgen.omschrijving', m.zorgen.omschrijving],
    ['zorgen.schaalvraagToelichting', m.zorgen.schaalvraagToelichting],
    ['zorgen.verwachtingen', m.zorgen.verwachtingen],
  ];
  return teksten
    .filter((t): t is [string, string] => typeof t[1] === 'string' && t[1].trim().length > 0)
    .map(([sleutel, tekst]) => ({ sleutel, soort: `melding.${sleutel}`, tekst }));
}

function zonderLeeg<T extends object>(o: T): T {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== ''),
  ) as T;
}
