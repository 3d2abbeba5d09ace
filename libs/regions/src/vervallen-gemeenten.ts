import type { Gemeentecode } from './gemeente';

export interface VervallenGemeente {
  readonly naam: string;
  /** The municipality it merged into; may itself be vervallen later, `huidigeGemeentecode` follows the chain. */
  readonly opvolger: Gemeentecode;
  /** Date the merger took effect (`YYYY-MM-DD`). */
  readonly per: string;
}

/**
 * Codes of municipalities that merged away, kept so files opened before a merger still resolve
 * (shared/data/README.md). Add the old codes here when a merger takes effect, then drop them from the table.
 * A municipality split over several successors (e.g. Haaren, 2021) has no single region and is left out.
 */
export const VERVALLEN_GEMEENTEN: Readonly<Record<string, VervallenGemeente>> = Object.freeze({
  GM0370: { naam: 'Beemster', opvolger: 'GM0439', per: '2022-01-01' },
  GM0398: { naam: 'Heerhugowaard', opvolger: 'GM1980', per: '2022-01-01' },
  GM0416: { naam: 'Langedijk', opvolger: 'GM1980', per: '2022-01-01' },
  GM0756: { naam: 'Boxmeer', opvolger: 'GM1982', per: '2022-01-01' },
  GM0786: { naam: 'Grave', opvolger: 'GM1982', per: '2022-01-01' },
  GM0815: { naam: 'Mill en Sint Hubert', opvolger: 'GM1982', per: '2022-01-01' },
  GM1684: { naam: 'Cuijk', opvolger: 'GM1982', per: '2022-01-01' },
  GM1702: { naam: 'Sint Anthonis', opvolger: 'GM1982', per: '2022-01-01' },
  GM0856: { naam: 'Uden', opvolger: 'GM1991', per: '2022-01-01' },
  GM1685: { naam: 'Landerd', opvolger: 'GM1991', per: '2022-01-01' },
  GM0457: { naam: 'Weesp', opvolger: 'GM0363', per: '2022-03-24' },
  GM0501: { naam: 'Brielle', opvolger: 'GM1992', per: '2023-01-01' },
  GM0530: { naam: 'Hellevoetsluis', opvolger: 'GM1992', per: '2023-01-01' },
  GM0614: { naam: 'Westvoorne', opvolger: 'GM1992', per: '2023-01-01' },
});
