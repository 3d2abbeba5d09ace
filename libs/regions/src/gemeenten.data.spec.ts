import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { GEMEENTEN } from './gemeenten.data';
import { REGIOS } from './regios';

const repo = path.resolve(__dirname, '../../..');
const bestand = 'gemeenten-veiligheidsregio.csv';
const libKopie = path.join(repo, 'libs/regions/data', bestand);
const gedeeld = path.resolve(repo, '../shared/data', bestand);

// The lib's own copy always; the shared original too when this checkout sits beside it.
const bronnen = [libKopie, ...(existsSync(gedeeld) ? [gedeeld] : [])];

/** RFC 4180 fields: quoted fields may hold commas and doubled quotes. */
function parseCsv(tekst: string): string[][] {
  const regels = tekst.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
  return regels.map((regel) => {
    const velden: string[] = [];
    const patroon = /("(?:[^"]|"")*"|[^,]*)(,|$)/g;
    for (let m = patroon.exec(regel); m && m.index < regel.length + 1; m = patroon.exec(regel)) {
      const veld = m[1] ?? '';
      velden.push(veld.startsWith('"') ? veld.slice(1, -1).replace(/""/g, '"') : veld);
      if (m[2] === '') break;
    }
    return velden;
  });
}

describe('gemeenten.data matches its CSV source', () => {
  it('the lib ships its own copy of the CSV', () => {
    expect(existsSync(libKopie)).toBe(true);
  });

  it.each(bronnen.map((b) => [path.relative(repo, b), b]))('equals %s row for row', (_naam, csv) => {
    const [kop, ...rijen] = parseCsv(readFileSync(csv, 'utf8'));
    expect(kop).toEqual(['gemeentecode', 'gemeentenaam', 'regiocode', 'regionaam']);
    expect(rijen).toHaveLength(342);
    const regionaam = new Map<string, string>(REGIOS.map((r) => [r.code, r.naam]));
    const uitData = GEMEENTEN.map((g) => [g.code, g.naam, g.regio, regionaam.get(g.regio)]);
    expect(uitData).toEqual(rijen);
  });

  it('parses quoted fields with commas', () => {
    expect(parseCsv('a,"b, c",d\n"e ""f""",g,\n')).toEqual([
      ['a', 'b, c', 'd'],
      ['e "f"', 'g', ''],
    ]);
  });
});
