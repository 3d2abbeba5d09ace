import { randomUUID } from 'node:crypto';
import { Outbox } from '@vt/messaging';
import { Clock } from '@vt/platform';
import { STANDAARD_WERKDAGEN_CONFIG, Werkdagkalender } from '@vt/werkdagen';
import type { VernietigingRepository } from '../../../vernietiging/vernietiging.repository';
import type { VerzoekRepository } from '../../persistence/verzoek.repository';
import {
  FakeVerzoekRepository,
  kluisVoorSpecs,
  opgeslagen,
  sleutelsVoorSpecs,
  toegangslogVoorSpecs,
} from '../../persistence/verzoek.repository.fake';
import { DienVerzoekIn } from '../dien-verzoek-in/dien-verzoek-in.use-case';
import { NeemBesluit } from './neem-besluit.use-case';

class VasteKlok extends Clock {
  now(): Date {
    return new Date('2026-12-02T09:00:00Z');
  }
}

describe('NeemBesluit, with the requests and the destruction in memory', () => {
  const kluis = kluisVoorSpecs();
  const ctx = { gebruiker: { sub: 'pf-1', regio: 'VR09' } };
  const outbox = new Outbox({ service: 'privacy', subjectPrefix: 'vt' });
  let repo: FakeVerzoekRepository;
  let vernietigd: string[];
  let useCase: NeemBesluit;
  let verzoekId: string;
  let persoonRef: string;

  beforeEach(async () => {
    repo = new FakeVerzoekRepository();
    vernietigd = [];
    const vernietiging = {
      vernietigPersoon: async (_tx: unknown, ref: string) => {
        vernietigd.push(ref);
        return { regio: 'VR09', keyIds: [] };
      },
    };
    useCase = new NeemBesluit(
      repo as unknown as VerzoekRepository,
      vernietiging as unknown as VernietigingRepository,
      kluis,
      sleutelsVoorSpecs,
      outbox,
      new VasteKlok(),
    );
    const p = opgeslagen(kluis, { achternaam: 'Jansen', geboortedatum: '2009-06-01' });
    persoonRef = p.persoonRef;
    repo.personen.set(p.persoonRef, p);
    repo.dossiers.set(randomUUID(), [p.persoonRef]);
    const dien = new DienVerzoekIn(
      repo as unknown as VerzoekRepository,
      kluis,
      sleutelsVoorSpecs,
      toegangslogVoorSpecs(),
      new Werkdagkalender(STANDAARD_WERKDAGEN_CONFIG),
      outbox,
      new VasteKlok(),
    );
    const v = await dien.execute(
      {
        soort: 'vernietiging',
        persoonRef,
        ingediendDoor: { persoonRef, hoedanigheid: 'zelf' },
        ontvangenOp: '2026-11-30T10:00:00Z',
      },
      ctx,
    );
    verzoekId = v.id;
    repo.berichten = [];
  });

  it('VT-15.8.5-a: a granted destruction is carried out in the decision: person destroyed, both events', async () => {
    const r = await useCase.execute(verzoekId, { uitkomst: 'toegewezen', motivering: 'geen bezwaar' }, ctx);
    expect(r).toMatchObject({ uitkomst: 'toegewezen', uitgevoerdOp: '2026-12-02T09:00:00.000Z' });
    expect(vernietigd).toEqual([persoonRef]);
    expect(repo.berichten.map((b) => b.type)).toEqual([
      'nl.veiligthuis.privacy.verzoek-besloten.v1',
      'nl.veiligthuis.privacy.persoon-vernietigd.v1',
    ]);
    expect(repo.verzoeken.get(verzoekId)?.motivering?.toString('latin1')).not.toContain('bezwaar');
  });

  it('VT-15.8.5-b: a refusal without a ground of §15.8.5 decides nothing, destroys nothing, announces nothing', async () => {
    await expect(
      useCase.execute(verzoekId, { uitkomst: 'afgewezen', grond: 'privacy-ander', motivering: 'nee' }, ctx),
    ).rejects.toMatchObject({ regel: 'VT-15.8.5-b' });
    expect(repo.verzoeken.get(verzoekId)?.status).toBe('ontvangen');
    expect(vernietigd).toEqual([]);
    expect(repo.berichten).toEqual([]);
  });

  it('VT-15.8.6-a: after a refuted report a refusal on a valid ground is still refused', async () => {
    repo.weerlegd.add(persoonRef);
    await expect(
      useCase.execute(
        verzoekId,
        { uitkomst: 'afgewezen', grond: 'aanmerkelijk-belang-ander', motivering: 'nee' },
        ctx,
      ),
    ).rejects.toMatchObject({ regel: 'VT-15.8.6-a' });
    expect(vernietigd).toEqual([]);
  });

  it('a refusal on a §15.8.5 ground keeps the data and announces the decision only', async () => {
    await useCase.execute(
      verzoekId,
      { uitkomst: 'afgewezen', grond: 'wettelijk-voorschrift', motivering: 'wet' },
      ctx,
    );
    expect(vernietigd).toEqual([]);
    expect(repo.berichten.map((b) => b.type)).toEqual(['nl.veiligthuis.privacy.verzoek-besloten.v1']);
    await expect(
      useCase.execute(verzoekId, { uitkomst: 'toegewezen', motivering: 'x' }, ctx),
    ).rejects.toMatchObject({
      status: 409,
    });
  });
});
