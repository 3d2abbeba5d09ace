import { OngeldigeInvoer } from '@vt/contracts';
import type { Clock } from '@vt/platform';
import { Werkdagkalender } from '@vt/werkdagen';
import { cursorVan } from '../../domain/cursor';
import type { WerkvoorraadRij, WerkvoorraadVraag } from '../../domain/werkvoorraad-vraag';
import type { WerkvoorraadRepository } from '../../persistence/werkvoorraad.repository';
import { LeesWerkvoorraad } from './lees-werkvoorraad.use-case';

const rij = (id: string, uiterlijk: string, extra: Partial<WerkvoorraadRij> = {}): WerkvoorraadRij => ({
  id,
  uiterlijk,
  ontvangenOp: '2026-03-02T09:00:00.000Z',
  ontvangenOpTekst: '2026-03-02 10:00:00+01',
  dossierId: `d-${id}`,
  status: 'open',
  dossierhouder: null,
  spoed: false,
  herbeoordeling: false,
  hermelding: false,
  radar: false,
  anoniemeMelder: false,
  zichtOpVeiligheid: false,
  ...extra,
});

class FakeWerkvoorraad {
  vragen: WerkvoorraadVraag[] = [];
  constructor(private readonly rijen: WerkvoorraadRij[]) {}
  async pagina(v: WerkvoorraadVraag) {
    this.vragen.push(v);
    return this.rijen.slice(0, v.limiet + 1);
  }
}

describe('LeesWerkvoorraad (VT-7.2-a)', () => {
  // Friday 6 March 2026 in Amsterdam.
  const clock: Clock = { now: () => new Date('2026-03-06T10:00:00+01:00') };
  const gebruiker = { sub: 'mw-1', regio: 'VR09' as const };
  const maak = (rijen: WerkvoorraadRij[]) => {
    const repo = new FakeWerkvoorraad(rijen);
    return {
      repo,
      uc: new LeesWerkvoorraad(repo as unknown as WerkvoorraadRepository, new Werkdagkalender(), clock),
    };
  };

  it("asks the reader's region and view, and turns a status into today's deadline range", async () => {
    const { repo, uc } = maak([]);
    await uc.execute({ weergave: 'mijn', status: 'bijna', spoed: true }, gebruiker);
    expect(repo.vragen).toEqual([
      expect.objectContaining({
        regio: 'VR09',
        weergave: 'mijn',
        medewerker: 'mw-1',
        // Friday 6 and Monday 9 March are ≤ 1 working day away; Tuesday 10 is not.
        uiterlijkVan: '2026-03-06',
        uiterlijkTot: '2026-03-10',
        indicatoren: { spoed: true },
        limiet: 50,
      }),
    ]);
  });

  it('gives each row its working days left and a next cursor only when there is a next page', async () => {
    const { uc } = maak([
      rij('a', '2026-03-05'),
      rij('b', '2026-03-09', { dossierhouder: 'mw-1' }),
      rij('c', '2026-03-12'),
    ]);
    const pagina = await uc.execute({ weergave: 'team', limiet: 2 }, gebruiker);
    expect(pagina.items).toEqual([
      expect.objectContaining({
        veiligheidsbeoordelingId: 'a',
        werkdagenOver: -1,
        status: 'verlopen',
        fase: 'veiligheidsbeoordeling',
      }),
      expect.objectContaining({
        veiligheidsbeoordelingId: 'b',
        werkdagenOver: 1,
        status: 'bijna',
        dossierhouder: 'mw-1',
      }),
    ]);
    expect(pagina.volgende).toBe(
      cursorVan({ uiterlijk: '2026-03-09', ontvangenOp: '2026-03-02 10:00:00+01', id: 'b' }),
    );
    expect(
      (await maak([rij('a', '2026-03-05')]).uc.execute({ weergave: 'team' }, gebruiker)).volgende,
    ).toBeUndefined();
  });

  it('refuses a cursor it did not make before reading anything', async () => {
    const { repo, uc } = maak([]);
    await expect(uc.execute({ weergave: 'team', cursor: 'kapot' }, gebruiker)).rejects.toThrow(
      OngeldigeInvoer,
    );
    expect(repo.vragen).toEqual([]);
  });
});
