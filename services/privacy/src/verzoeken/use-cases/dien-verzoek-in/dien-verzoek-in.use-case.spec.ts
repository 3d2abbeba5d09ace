import { randomUUID } from 'node:crypto';
import { OngeldigeInvoer, RegelOvertreding } from '@vt/contracts';
import { Outbox } from '@vt/messaging';
import { Clock } from '@vt/platform';
import { STANDAARD_WERKDAGEN_CONFIG, Werkdagkalender } from '@vt/werkdagen';
import {
  FakeVerzoekRepository,
  kluisVoorSpecs,
  opgeslagen,
  sleutelsVoorSpecs,
  toegangslogVoorSpecs,
} from '../../persistence/verzoek.repository.fake';
import type { VerzoekRepository } from '../../persistence/verzoek.repository';
import { DienVerzoekIn } from './dien-verzoek-in.use-case';

class VasteKlok extends Clock {
  now(): Date {
    return new Date('2026-12-01T09:00:00Z');
  }
}

describe('DienVerzoekIn, with the requests in memory', () => {
  const kluis = kluisVoorSpecs();
  const ctx = { gebruiker: { sub: 'pf-1', regio: 'VR09' } };
  let repo: FakeVerzoekRepository;
  let useCase: DienVerzoekIn;
  let ouder: ReturnType<typeof opgeslagen>;
  let kind: ReturnType<typeof opgeslagen>;
  let log: ReturnType<typeof toegangslogVoorSpecs>;

  beforeEach(() => {
    repo = new FakeVerzoekRepository();
    log = toegangslogVoorSpecs();
    useCase = new DienVerzoekIn(
      repo as unknown as VerzoekRepository,
      kluis,
      sleutelsVoorSpecs,
      log,
      new Werkdagkalender(STANDAARD_WERKDAGEN_CONFIG),
      new Outbox({ service: 'privacy', subjectPrefix: 'vt' }),
      new VasteKlok(),
    );
    ouder = opgeslagen(kluis, { achternaam: 'Jansen', geboortedatum: '1980-01-01', gezag: true });
    kind = opgeslagen(kluis, { achternaam: 'Jansen', geboortedatum: '2012-06-01' });
    for (const p of [ouder, kind]) repo.personen.set(p.persoonRef, p);
    repo.dossiers.set(randomUUID(), [ouder.persoonRef, kind.persoonRef]);
  });

  const command = (
    door: string,
    soort: 'inzage' | 'vernietiging',
    hoedanigheid: 'zelf' | 'wettelijk-vertegenwoordiger',
  ) => ({
    soort,
    persoonRef: kind.persoonRef,
    ingediendDoor: { persoonRef: door, hoedanigheid },
    ontvangenOp: '2026-11-30T10:00:00+01:00',
    toelichting: 'graag alles zien',
  });

  it("VT-15.8.6.1-a: stores the request with the age rule's inputs, its terms, its sealed text and one event", async () => {
    const r = await useCase.execute(command(ouder.persoonRef, 'inzage', 'wettelijk-vertegenwoordiger'), ctx);
    expect(r).toEqual({ id: expect.any(String), beslissenUiterlijk: '2026-12-30' });
    const v = repo.verzoeken.get(r.id);
    expect(v).toMatchObject({
      leeftijd: 14,
      wilsonbekwaam: false,
      regelVersie: 1,
      status: 'ontvangen',
      geregistreerdDoor: 'pf-1',
    });
    expect(v?.teksten?.toString('latin1')).not.toContain('graag');
    expect(repo.berichten.map((b) => b.type)).toEqual(['nl.veiligthuis.privacy.verzoek-ontvangen.v1']);
    expect(repo.berichten[0].payload).not.toContain('graag');
  });

  it("VT-15.8.6.1-b: a parent's destruction request for a 14-year-old stores nothing and announces nothing", async () => {
    await expect(
      useCase.execute(command(ouder.persoonRef, 'vernietiging', 'wettelijk-vertegenwoordiger'), ctx),
    ).rejects.toMatchObject({ regel: 'VT-15.8.6.1-b' });
    expect(repo.verzoeken.size).toBe(0);
    expect(repo.berichten).toEqual([]);
  });

  it('ADR 0023: the persons a request decrypts are logged with its purpose, those of a refused one too', async () => {
    await useCase.execute(command(ouder.persoonRef, 'inzage', 'wettelijk-vertegenwoordiger'), ctx);
    expect(log.regels.map((r) => [r.persoonRef, r.doelbinding, r.sub, r.aantekeningRef])).toEqual([
      [kind.persoonRef, 'verzoek-betrokkene', 'pf-1', null],
      [ouder.persoonRef, 'verzoek-betrokkene', 'pf-1', null],
    ]);
    expect(log.regels[0].categorieen).toContain('geboortedatum');
    log.regels.length = 0;
    await expect(
      useCase.execute(command(ouder.persoonRef, 'vernietiging', 'wettelijk-vertegenwoordiger'), ctx),
    ).rejects.toMatchObject({ regel: 'VT-15.8.6.1-b' });
    // Refused after the child's age and the parent's gezag were read: both reads are still logged.
    expect(log.regels.map((r) => r.persoonRef)).toEqual([kind.persoonRef, ouder.persoonRef]);
    expect(JSON.stringify(log.regels)).not.toContain('Jansen');
  });

  it('VT-15.8.6-c: after a refuted report a destruction request is answered within 4 weeks', async () => {
    repo.weerlegd.add(kind.persoonRef);
    const r = await useCase.execute(command(kind.persoonRef, 'vernietiging', 'zelf'), ctx);
    expect(r).toEqual({
      id: expect.any(String),
      beslissenUiterlijk: '2026-12-28',
      uitvoerenUiterlijk: '2027-03-01',
    });
  });

  it("refuses a request received in the future (400) and another region's person (404)", async () => {
    await expect(
      useCase.execute(
        { ...command(kind.persoonRef, 'inzage', 'zelf'), ontvangenOp: '2027-01-01T00:00:00Z' },
        ctx,
      ),
    ).rejects.toBeInstanceOf(OngeldigeInvoer);
    await expect(
      useCase.execute(command(kind.persoonRef, 'inzage', 'zelf'), { gebruiker: { sub: 'x', regio: 'VR17' } }),
    ).rejects.toMatchObject({ status: 404 });
    expect(repo.verzoeken.size).toBe(0);
  });

  it('VT-15.8.6.1-e: a representative without recorded gezag is refused', async () => {
    const zonderGezag = opgeslagen(kluis, { achternaam: 'Jansen', geboortedatum: '1980-01-01' });
    repo.personen.set(zonderGezag.persoonRef, zonderGezag);
    repo.dossiers.set(randomUUID(), [zonderGezag.persoonRef, kind.persoonRef]);
    const fout = await useCase
      .execute(command(zonderGezag.persoonRef, 'inzage', 'wettelijk-vertegenwoordiger'), ctx)
      .catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(RegelOvertreding);
    expect((fout as RegelOvertreding).regel).toBe('VT-15.8.6.1-e');
  });
});
