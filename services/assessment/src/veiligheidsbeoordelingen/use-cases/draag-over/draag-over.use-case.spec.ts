import { RegelOvertreding } from '@vt/contracts';
import type { Clock } from '@vt/platform';
import { BeoordelingBesluit, Informatie, Taxatie } from '../../persistence/besluitvorming.entities';
import { testBeoordeling } from '../../persistence/besluitvorming.fixtures';
import { FakeBesluitvormingRepository } from '../../persistence/besluitvorming.repository.fake';
import { Overdracht } from '../../persistence/contact-en-overdracht.entities';
import type { KluisClient } from '../../privacy/kluis.client';
import { FakeKluisClient } from '../../privacy/kluis.client.fake';
import type { StapContext } from '../stap-context';
import { DraagOver } from './draag-over.use-case';

const ctx: StapContext = { gebruiker: { sub: 'medewerker', regio: 'VR09' } };
const b = testBeoordeling({ status: 'besloten' });
const REF = '8c2a6e0d-5f9b-4d1c-b7a3-4e8f1a6c2d95';

describe('DraagOver (use case, with fakes for the repository, the vault and the clock)', () => {
  let repository: FakeBesluitvormingRepository;
  let kluis: FakeKluisClient;
  let useCase: DraagOver;
  const nu = new Date('2026-03-06T11:00:00+01:00');

  beforeEach(() => {
    repository = new FakeBesluitvormingRepository();
    kluis = new FakeKluisClient();
    const clock: Clock = { now: () => nu };
    useCase = new DraagOver(repository, kluis as unknown as KluisClient, clock);
    repository.voegBeoordelingToe(b);
    repository.rijen.set(BeoordelingBesluit.name, [
      { veiligheidsbeoordelingId: b.id, besluit: 'overdracht', overdrachtspartij: 'lokaal-team' },
    ]);
    repository.rijen.set(Taxatie.name, [{ veiligheidsbeoordelingId: b.id, risicofactorenRef: REF }]);
    repository.rijen.set(Informatie.name, [
      {
        id: 'i1',
        veiligheidsbeoordelingId: b.id,
        bron: 'lokaal-team',
        feitRef: 'f1',
        interpretatieRef: 'o1',
        strafrechtelijkOnderzoek: false,
        politieContactgegevens: false,
      },
      {
        id: 'i2',
        veiligheidsbeoordelingId: b.id,
        bron: 'politie',
        feitRef: 'f2',
        strafrechtelijkOnderzoek: true,
        politieContactgegevens: false,
      },
    ]);
  });

  const voorstel = {
    veiligheidsbeoordelingId: b.id,
    vorm: 'schriftelijk' as const,
    geinformeerdDoor: 'veilig-thuis' as const,
    informatieIds: ['i1'],
    terugmeldafspraak: true,
  };

  it('VT-11.3.1-b / VT-7.4.2-c / VT-2.1.8-d: sends the handover with the risk factors, facts and interpretations apart', async () => {
    const uit = await useCase.execute(voorstel, ctx);
    expect(uit).toEqual({
      veiligheidsbeoordelingId: b.id,
      partij: 'lokaal-team',
      vorm: 'schriftelijk',
      verzondenOp: nu.toISOString(),
      risicofactorenRef: REF,
      informatie: {
        feiten: [{ informatieId: 'i1', bron: 'lokaal-team', aantekeningRef: 'f1' }],
        interpretaties: [{ informatieId: 'i1', bron: 'lokaal-team', aantekeningRef: 'o1' }],
      },
    });
    expect(repository.van<Overdracht>(Overdracht)).toEqual([
      expect.objectContaining({ verzondenOp: nu, partij: 'lokaal-team' }),
    ]);
    expect(kluis.verzoeken).toEqual([]);
  });

  it('VT-11.2-a: information of a running criminal investigation is refused; nothing stored', async () => {
    await expect(useCase.execute({ ...voorstel, informatieIds: ['i1', 'i2'] }, ctx)).rejects.toBeInstanceOf(
      RegelOvertreding,
    );
    expect(repository.van(Overdracht)).toEqual([]);
  });
});
