import { type Hoedanigheid, RegelOvertreding, type VerzoekSoort } from '@vt/contracts';

/** Version of the rule below; stored with every request, so a later change of the table stays traceable. */
export const WIE_MAG_UITOEFENEN_VERSIE = 1;

/** Whole years between a birth date and a calendar date (both `YYYY-MM-DD`): the age on that date. */
export function leeftijdOp(geboortedatum: string, datum: string): number {
  const [gj, gm, gd] = geboortedatum.split('-').map(Number) as [number, number, number];
  const [j, m, d] = datum.split('-').map(Number) as [number, number, number];
  return j - gj - (m < gm || (m === gm && d < gd) ? 1 : 0);
}

/**
 * Who may exercise a right for a person of this age on the request date (VT-15.8.6.1-a/-b/-c): inzage,
 * afschrift, correctie and eigen verklaring under 12 the legal representative, 12–15 both, 16+ the person;
 * destruction under 12 the legal representative, from 12 the young person alone. A person of 12 or over
 * judged not competent (*wilsonbekwaam ter zake*) may be represented as well. An unknown age: the person
 * himself only, since nobody can show a representative is entitled.
 */
export function wieMagUitoefenen(
  soort: VerzoekSoort,
  leeftijd: number | undefined,
  wilsonbekwaam: boolean,
): readonly Hoedanigheid[] {
  if (leeftijd === undefined) return ['zelf'];
  if (leeftijd < 12) return ['wettelijk-vertegenwoordiger'];
  const zelf: Hoedanigheid[] =
    soort !== 'vernietiging' && leeftijd < 16 ? ['zelf', 'wettelijk-vertegenwoordiger'] : ['zelf'];
  return wilsonbekwaam && !zelf.includes('wettelijk-vertegenwoordiger')
    ? [...zelf, 'wettelijk-vertegenwoordiger']
    : zelf;
}

/** The rule that decides who may exercise this right: the age table of its kind. */
export function regelVan(soort: VerzoekSoort): string {
  return soort === 'vernietiging' ? 'VT-15.8.6.1-b' : 'VT-15.8.6.1-a';
}

export interface Indiening {
  soort: VerzoekSoort;
  hoedanigheid: Hoedanigheid;
  /** The person the data are about and the one who asks: the same person when `zelf`. */
  persoonRef: string;
  indienerRef: string;
  leeftijd: number | undefined;
  /** A recorded, motivated judgement that the person (12+) is not competent in the matter. */
  wilsonbekwaam: boolean;
  /** Whether the vault records parental authority (*gezag*) for the representative (VT-15.8.6.1-e). */
  indienerHeeftGezag: boolean;
  /** Whether representative and person share a file in the vault. */
  delenDossier: boolean;
}

/** Refuses a request by someone who may not exercise the right (422 naming the rule); nothing is stored. */
export function toetsIndiening(i: Indiening): void {
  const zelf = i.persoonRef === i.indienerRef;
  if (i.hoedanigheid === 'zelf' && !zelf)
    throw new RegelOvertreding('VT-15.8-a', 'wie zelf een verzoek doet, doet het over zichzelf', [
      { field: 'ingediendDoor.persoonRef', message: 'moet gelijk zijn aan persoonRef bij hoedanigheid zelf' },
    ]);
  if (i.hoedanigheid === 'wettelijk-vertegenwoordiger' && zelf)
    throw new RegelOvertreding('VT-15.8.6.1-e', 'een vertegenwoordiger is een ander dan de betrokkene', [
      { field: 'ingediendDoor.persoonRef', message: 'moet een ander zijn dan persoonRef' },
    ]);
  if (i.wilsonbekwaam && (i.leeftijd === undefined || i.leeftijd < 12))
    throw new RegelOvertreding('VT-15.8.6.1-c', 'wilsonbekwaamheid wordt beoordeeld vanaf 12 jaar', [
      { field: 'wilsonbekwaam', message: 'alleen voor een betrokkene van 12 jaar of ouder' },
    ]);
  const toegestaan = wieMagUitoefenen(i.soort, i.leeftijd, i.wilsonbekwaam);
  if (!toegestaan.includes(i.hoedanigheid)) {
    const leeftijd = i.leeftijd === undefined ? 'onbekende leeftijd' : `${i.leeftijd} jaar`;
    throw new RegelOvertreding(
      regelVan(i.soort),
      `het recht ${i.soort} wordt bij ${leeftijd} uitgeoefend door: ${toegestaan.join(', ')}`,
      [{ field: 'ingediendDoor.hoedanigheid', message: `niet toegestaan: ${i.hoedanigheid}` }],
    );
  }
  if (i.hoedanigheid === 'wettelijk-vertegenwoordiger' && !(i.indienerHeeftGezag && i.delenDossier))
    throw new RegelOvertreding(
      'VT-15.8.6.1-e',
      'wettelijk vertegenwoordiger is wie het gezag heeft over de betrokkene, zoals vastgelegd in het dossier',
      [{ field: 'ingediendDoor.persoonRef', message: 'geen gezag over de betrokkene vastgelegd' }],
    );
}
