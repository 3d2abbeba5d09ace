import { RegelOvertreding } from '@vt/contracts';
import type { Clock } from '@vt/platform';
import { testBeoordeling } from '../../persistence/besluitvorming.fixtures';
import { Informatie } from '../../persistence/besluitvorming.entities';
import { FakeBesluitvormingRepository } from '../../persistence/besluitvorming.repository.fake';
import type { KluisClient } from '../../privacy/kluis.client';
import { FakeKluisClient } from '../../privacy/kluis.client.fake';
import type { StapContext } from '../stap-context';
import { VerzamelInformatie } from './verzamel-informatie.use-case';

const ctx: StapContext = { gebruiker: { sub: 'medewerker', regio: 'VR09' } };
const b = testBeoordeling();

describe('VerzamelInformatie (use case, with fakes for the repository, the vault and the clock)', () => {
  let repository: FakeBesluitvormingRepository;
  let kluis: FakeKluisClient;
  let useCase: VerzamelInformatie;

  beforeEach(() => {
    repository = new FakeBesluitvormingRepository();
    kluis = new FakeKluisClient();
    const clock: Clock = { now: () => new Date('2026-03-03T10:00:00+01:00') };
    useCase = new VerzamelInformatie(repository, kluis as unknown as KluisClient, clock);
    repository.voegBeoordelingToe(b);
  });

  it('VT-2.1.8-a/b: the fact and the interpretation go to the vault as two texts of their own kind, with the source', async () => {
    const uit = await useCase.execute(
      {
        veiligheidsbeoordelingId: b.id,
        bron: 'gecertificeerde-instelling',
        soort: 'wat',
        voorContactMetDirectbetrokkenen: false,
        feit: 'ondertoezichtstelling sinds 2025',
        interpretatie: 'de voogd maakt zich zorgen',
      },
      ctx,
    );
    expect(kluis.verzoeken[0].teksten.map((t) => t.soort)).toEqual([
      'veiligheidsbeoordeling.informatie.feit.gecertificeerde-instelling',
      'veiligheidsbeoordeling.informatie.interpretatie.gecertificeerde-instelling',
    ]);
    expect(repository.van<Informatie>(Informatie)).toEqual([
      expect.objectContaining({
        id: uit.id,
        bron: 'gecertificeerde-instelling',
        voorContactMetDirectbetrokkenen: false,
        feitRef: uit.feitRef,
        interpretatieRef: uit.interpretatieRef,
        strafrechtelijkOnderzoek: false,
      }),
    ]);
  });

  it('VT-7.4.1.1-a: a "that" check is stored without any text reaching the vault', async () => {
    await useCase.execute(
      {
        veiligheidsbeoordelingId: b.id,
        bron: 'raad-voor-de-kinderbescherming',
        soort: 'dat',
        voorContactMetDirectbetrokkenen: true,
        bekend: false,
      },
      ctx,
    );
    expect(kluis.verzoeken).toEqual([]);
    expect(repository.van<Informatie>(Informatie)).toEqual([expect.objectContaining({ bekend: false })]);
  });

  it('VT-7.4.1.1-c: refused before the vault is asked; nothing stored', async () => {
    await expect(
      useCase.execute(
        {
          veiligheidsbeoordelingId: b.id,
          bron: 'openbaar-ministerie',
          soort: 'wat',
          voorContactMetDirectbetrokkenen: true,
          feit: 'x',
        },
        ctx,
      ),
    ).rejects.toBeInstanceOf(RegelOvertreding);
    expect(kluis.verzoeken).toEqual([]);
    expect(repository.van(Informatie)).toEqual([]);
  });
});
