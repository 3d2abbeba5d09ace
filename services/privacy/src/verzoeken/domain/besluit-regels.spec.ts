import { RegelOvertreding } from '@vt/contracts';
import { type TeToetsenBesluit, toetsBesluit } from './besluit-regels';

const regel = (b: TeToetsenBesluit) => {
  try {
    toetsBesluit(b);
    return 'toegestaan';
  } catch (err) {
    if (err instanceof RegelOvertreding) return err.regel;
    throw err;
  }
};

describe('toetsBesluit', () => {
  const zelf = 'zelf' as const;
  const wv = 'wettelijk-vertegenwoordiger' as const;
  it.each<[string, TeToetsenBesluit, string]>([
    [
      'inzage granted',
      { soort: 'inzage', hoedanigheid: zelf, uitkomst: 'toegewezen', weerlegd: false },
      'toegestaan',
    ],
    [
      "inzage limited for another person's privacy",
      {
        soort: 'inzage',
        hoedanigheid: zelf,
        uitkomst: 'gedeeltelijk',
        grond: 'privacy-ander',
        weerlegd: false,
      },
      'toegestaan',
    ],
    [
      'afschrift refused as needed for the investigation',
      {
        soort: 'afschrift',
        hoedanigheid: zelf,
        uitkomst: 'afgewezen',
        grond: 'noodzakelijk-taak',
        weerlegd: false,
      },
      'toegestaan',
    ],
    [
      'inzage refused without a ground',
      { soort: 'inzage', hoedanigheid: zelf, uitkomst: 'afgewezen', weerlegd: false },
      'VT-15.8.2-a',
    ],
    [
      'inzage refused on a destruction ground',
      {
        soort: 'inzage',
        hoedanigheid: zelf,
        uitkomst: 'afgewezen',
        grond: 'wettelijk-voorschrift',
        weerlegd: false,
      },
      'VT-15.8.2-a',
    ],
    [
      "a person's own inzage is not limited in the minor's interest",
      {
        soort: 'inzage',
        hoedanigheid: zelf,
        uitkomst: 'gedeeltelijk',
        grond: 'belang-minderjarige',
        weerlegd: false,
      },
      'VT-15.8.2-a',
    ],
    [
      "a representative's inzage limited in the minor's interest",
      {
        soort: 'inzage',
        hoedanigheid: wv,
        uitkomst: 'gedeeltelijk',
        grond: 'belang-minderjarige',
        weerlegd: false,
      },
      'toegestaan',
    ],
    [
      "a representative's inzage refused without a ground",
      { soort: 'inzage', hoedanigheid: wv, uitkomst: 'afgewezen', weerlegd: false },
      'VT-15.8.7-a',
    ],
    [
      'destruction refused for a considerable interest of another',
      {
        soort: 'vernietiging',
        hoedanigheid: zelf,
        uitkomst: 'afgewezen',
        grond: 'aanmerkelijk-belang-ander',
        weerlegd: false,
      },
      'toegestaan',
    ],
    [
      'destruction partly refused by a statutory provision',
      {
        soort: 'vernietiging',
        hoedanigheid: zelf,
        uitkomst: 'gedeeltelijk',
        grond: 'wettelijk-voorschrift',
        weerlegd: false,
      },
      'toegestaan',
    ],
    [
      'destruction refused without a ground',
      { soort: 'vernietiging', hoedanigheid: zelf, uitkomst: 'afgewezen', weerlegd: false },
      'VT-15.8.5-b',
    ],
    [
      'destruction refused on an inzage ground',
      {
        soort: 'vernietiging',
        hoedanigheid: zelf,
        uitkomst: 'afgewezen',
        grond: 'privacy-ander',
        weerlegd: false,
      },
      'VT-15.8.5-b',
    ],
    [
      'destruction refused after a refuted report',
      {
        soort: 'vernietiging',
        hoedanigheid: zelf,
        uitkomst: 'afgewezen',
        grond: 'aanmerkelijk-belang-ander',
        weerlegd: true,
      },
      'VT-15.8.6-a',
    ],
    [
      'destruction partly refused after a refuted report',
      {
        soort: 'vernietiging',
        hoedanigheid: zelf,
        uitkomst: 'gedeeltelijk',
        grond: 'wettelijk-voorschrift',
        weerlegd: true,
      },
      'VT-15.8.6-a',
    ],
    [
      'destruction granted after a refuted report',
      { soort: 'vernietiging', hoedanigheid: zelf, uitkomst: 'toegewezen', weerlegd: true },
      'toegestaan',
    ],
    [
      'correction refused as the data are right',
      {
        soort: 'correctie',
        hoedanigheid: zelf,
        uitkomst: 'afgewezen',
        grond: 'correctie-onterecht',
        weerlegd: false,
      },
      'toegestaan',
    ],
    [
      'correction refused without a ground',
      { soort: 'correctie', hoedanigheid: zelf, uitkomst: 'afgewezen', weerlegd: false },
      'VT-15.8.3-a',
    ],
    [
      'an own statement is never refused',
      {
        soort: 'eigen-verklaring',
        hoedanigheid: zelf,
        uitkomst: 'afgewezen',
        grond: 'privacy-ander',
        weerlegd: false,
      },
      'VT-15.8.4-a',
    ],
    [
      'a granted request names no ground',
      {
        soort: 'inzage',
        hoedanigheid: zelf,
        uitkomst: 'toegewezen',
        grond: 'privacy-ander',
        weerlegd: false,
      },
      'VT-15.8-a',
    ],
  ])('%s → %s', (_, besluit, verwacht) => {
    expect(regel(besluit)).toBe(verwacht);
  });
});
