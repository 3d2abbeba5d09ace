import { RegelOvertreding } from '@vt/contracts';
import type { Clock } from '@vt/platform';
import { Werkdagkalender } from '@vt/werkdagen';
import { BeoordelingBesluit, DossierAfsluiting, Taxatie } from '../../persistence/besluitvorming.entities';
import { FakeBesluitvormingRepository } from '../../persistence/besluitvorming.repository.fake';
import { testBeoordeling } from '../../persistence/besluitvorming.fixtures';
import type { KluisClient } from '../../privacy/kluis.client';
import { FakeKluisClient } from '../../privacy/kluis.client.fake';
import type { NeemBesluitCommand } from './neem-besluit.command';
import { NeemBesluit } from './neem-besluit.use-case';
import type { StapContext } from '../stap-context';

const ID = testBeoordeling().id;
const DOSSIER = testBeoordeling().dossierId;

const command: NeemBesluitCommand = {
  veiligheidsbeoordelingId: ID,
  besluit: 'overdracht',
  overdrachtspartij: 'lokaal-team',
  geconsulteerd: ['collega'],
  motivering: { betrokkenInformatie: 'de melding', gewogenBelangen: 'het belang van het kind' },
};
const ctx: StapContext = { gebruiker: { sub: 'medewerker', regio: 'VR09' } };

describe('NeemBesluit (use case, with fakes for the repository, the vault and the clock)', () => {
  let repository: FakeBesluitvormingRepository;
  let kluis: FakeKluisClient;
  let nu: Date;
  let useCase: NeemBesluit;

  beforeEach(() => {
    repository = new FakeBesluitvormingRepository();
    kluis = new FakeKluisClient();
    nu = new Date('2026-03-05T14:00:00+01:00');
    const clock: Clock = { now: () => nu };
    useCase = new NeemBesluit(repository, kluis as unknown as KluisClient, new Werkdagkalender(), clock);
    repository.voegBeoordelingToe(testBeoordeling());
    repository.rijen.set(Taxatie.name, [{ veiligheidsbeoordelingId: ID, geindiceerdBesluit: 'overdracht' }]);
  });

  it('VT-7.4.3-a / VT-11.3.1-c: a direct handover is recorded, closes the file and emits the decision, the takeover and the closing', async () => {
    const uit = await useCase.execute(command, ctx);
    expect(uit).toMatchObject({
      besluit: 'overdracht',
      verantwoordelijke: 'lokaal-team',
      dossierAfgesloten: true,
    });
    expect(repository.beoordelingen.get(ID)).toMatchObject({
      status: 'besloten',
      besluit: 'overdracht',
      beslotenOp: nu,
    });
    expect(repository.van<BeoordelingBesluit>(BeoordelingBesluit)).toEqual([
      expect.objectContaining({ beslotenDoor: 'medewerker', geconsulteerd: ['collega'], afgeweken: false }),
    ]);
    expect(repository.van<DossierAfsluiting>(DossierAfsluiting)).toEqual([
      expect.objectContaining({ dossierId: DOSSIER, reden: 'overdracht' }),
    ]);
    expect(repository.events.map((e) => e.type)).toEqual([
      'nl.veiligthuis.assessment.veiligheidsbeoordeling-besloten.v1',
      'nl.veiligthuis.assessment.zicht-op-veiligheid-overgenomen.v1',
      'nl.veiligthuis.assessment.dossier-afgesloten.v1',
    ]);
    expect(repository.events[0].data).toMatchObject({
      besluitdatum: '2026-03-05',
      termijnOverschreden: false,
    });
    // VT-7.3-a: the takeover is marked on the row with its event, so the scheduler never announces it again.
    expect(repository.events[1].data).toMatchObject({
      grond: 'besluit',
      vanaf: '2026-03-05',
      overgenomenOp: nu.toISOString(),
    });
    expect(repository.beoordelingen.get(ID)).toMatchObject({ zichtOvergenomenOp: nu, zichtGrond: 'besluit' });
    // The motivation went to the vault; only refs stayed here.
    expect(kluis.verzoeken[0].teksten.map((t) => t.sleutel)).toEqual([
      'betrokkenInformatie',
      'gewogenBelangen',
    ]);
  });

  it('VT-2.2.1-a: refused before the vault is asked: no text leaves, nothing stored, no event', async () => {
    await expect(useCase.execute({ ...command, geconsulteerd: ['medewerker'] }, ctx)).rejects.toBeInstanceOf(
      RegelOvertreding,
    );
    expect(kluis.verzoeken).toEqual([]);
    expect(repository.events).toEqual([]);
    expect(repository.beoordelingen.get(ID)?.status).toBe('open');
  });

  it('VT-1.3-l: after the deadline the explanation is sealed and the decision is marked late', async () => {
    nu = new Date('2026-03-11T10:00:00+01:00');
    // The scheduler announced the takeover on the 6th working day (ADR 0021) and marked the row.
    repository.voegBeoordelingToe(
      testBeoordeling({
        zichtOvergenomenOp: new Date('2026-03-10T00:00:05+01:00'),
        zichtGrond: 'zesde-werkdag',
      }),
    );
    const uit = await useCase.execute({ ...command, termijnToelichting: 'wachten op het lokale team' }, ctx);
    expect(uit.termijnOverschreden).toBe(true);
    expect(uit.termijnToelichtingRef).toBeDefined();
    // On the 6th working day oversight was Veilig Thuis's already: no second takeover.
    expect(repository.events.map((e) => e.type)).not.toContain(
      'nl.veiligthuis.assessment.zicht-op-veiligheid-overgenomen.v1',
    );
  });

  it('contract §1: another region’s assessment is not found', async () => {
    await expect(
      useCase.execute(command, { gebruiker: { sub: 'x', regio: 'VR13' as const } }),
    ).rejects.toMatchObject({
      status: 404,
    });
  });
});
