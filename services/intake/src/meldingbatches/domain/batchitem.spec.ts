import { OngeldigeInvoer, RegelOvertreding } from '@vt/contracts';
import { given } from '@vt/testing';
import { Werkdagkalender } from '@vt/werkdagen';
import { deelVan, itemIds, toetsBatchitem } from './batchitem';

const NU = new Date('2026-03-02T10:00:00Z');
const kalender = new Werkdagkalender();

const politie = (aanpassing: Parameters<typeof given.melding>[0] = {}) =>
  given.melding({
    kanaal: 'digitaal',
    ...aanpassing,
    melder: {
      type: 'politie',
      naam: undefined,
      meldcodePlichtig: undefined,
      instelling: 'Politie Eenheid Utrecht',
      telefoon: '0900-8844',
      ...aanpassing.melder,
    },
  });

function weigering(m: ReturnType<typeof given.melding>): [string, string[]] | undefined {
  try {
    toetsBatchitem(m, NU, kalender);
    return undefined;
  } catch (e) {
    if (e instanceof OngeldigeInvoer) return ['400', e.errors.map((f) => f.field)];
    if (e instanceof RegelOvertreding) return [e.regel, e.errors.map((f) => f.field)];
    throw e;
  }
}

describe('an item of a police batch is checked as a single report is (§6, VT-6.4-a)', () => {
  it.each<[string, ReturnType<typeof given.melding>, [string, string[]] | undefined]>([
    ['a police report by its institution', politie(), undefined],
    ['a report by a professional', given.melding(), ['400', ['melder.type']]],
    [
      'an unknown municipality',
      politie({ huishouden: { gemeentecode: 'GM9999' } }),
      ['400', ['huishouden.gemeentecode']],
    ],
    [
      'a police report without contact details',
      politie({ melder: { telefoon: undefined } }),
      ['VT-6.0-a', ['melder.telefoon']],
    ],
    [
      'a police report anonymous towards Veilig Thuis that names its institution',
      politie({ anonimiteit: 'tov-veilig-thuis' }),
      ['VT-6.5.2-a', ['melder.telefoon', 'melder.instelling']],
    ],
  ])('%s', (_naam, melding, verwacht) => {
    expect(weigering(melding)).toEqual(verwacht);
  });

  it('VT-11.2-a / ADR 0020: what intake keeps of a waiting item holds no name, number, address or text', () => {
    const m = politie({
      huishouden: { adres: 'Kanariestraat 1', personen: [given.persoon({ achternaam: 'Kanarie' })] },
    });
    const { gegevens, inhoud } = toetsBatchitem(m, NU, kalender);
    const bewaard = JSON.stringify(gegevens);
    for (const geheim of [
      'Kanarie',
      m.huishouden.personen[0].bsn as string,
      '0900-8844',
      'Politie Eenheid',
      m.zorgen.omschrijving,
    ]) {
      expect(bewaard).not.toContain(geheim);
    }
    expect(gegevens).toMatchObject({
      regio: 'VR09',
      status: 'in-behandeling',
      rollen: { 'huishouden.0': 'kind' },
      deadlines: { veiligheidsbeoordelingUiterlijk: '2026-03-09' },
    });
    // The vault gets the people (the agent as the reporter, in the ordinary part: VT-6.4-a) and the texts.
    expect(inhoud.personen.map((p) => [p.sleutel, p.nietTerInzage])).toEqual([
      ['huishouden.0', undefined],
      ['melder', false],
    ]);
    expect(inhoud.teksten).toEqual([
      expect.objectContaining({ sleutel: 'zorgen.omschrijving', betreftSleutels: ['huishouden.0'] }),
    ]);
  });

  it.each([
    [0, 0],
    [99, 0],
    [100, 1],
    [999, 9],
  ])('item %i is in chunk %i', (volgnummer, deel) => {
    expect(deelVan(volgnummer)).toBe(deel);
  });

  it('the ids of an item are the same on every attempt and differ between items', () => {
    expect(itemIds('b', 1)).toEqual(itemIds('b', 1));
    expect(itemIds('b', 1).meldingId).not.toBe(itemIds('b', 2).meldingId);
  });
});
