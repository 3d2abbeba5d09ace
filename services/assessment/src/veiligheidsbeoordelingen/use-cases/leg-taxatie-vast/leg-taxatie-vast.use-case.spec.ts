import type { Clock } from '@vt/platform';
import { testBeoordeling } from '../../persistence/besluitvorming.fixtures';
import { Taxatie } from '../../persistence/besluitvorming.entities';
import { FakeBesluitvormingRepository } from '../../persistence/besluitvorming.repository.fake';
import type { KluisClient } from '../../privacy/kluis.client';
import { FakeKluisClient } from '../../privacy/kluis.client.fake';
import type { StapContext } from '../stap-context';
import { LegTaxatieVast } from './leg-taxatie-vast.use-case';

const ctx: StapContext = { gebruiker: { sub: 'medewerker', regio: 'VR09' } };
const b = testBeoordeling();

describe('LegTaxatieVast (use case, with fakes for the repository, the vault and the clock)', () => {
  let repository: FakeBesluitvormingRepository;
  let kluis: FakeKluisClient;
  let useCase: LegTaxatieVast;

  beforeEach(() => {
    repository = new FakeBesluitvormingRepository();
    kluis = new FakeKluisClient();
    const clock: Clock = { now: () => new Date('2026-03-04T10:00:00+01:00') };
    useCase = new LegTaxatieVast(repository, kluis as unknown as KluisClient, clock);
    repository.voegBeoordelingToe(b);
  });

  const taxatie = {
    veiligheidsbeoordelingId: b.id,
    acuteOnveiligheid: false,
    structureleOnveiligheid: true,
    multiproblematiek: false,
    voldoendeMedewerking: true,
    bevestigingNodig: false,
    risicofactoren: [' schulden ', '', 'isolement'],
  };

  it('VT-7.5-a / VT-7.4.2-c: answers the indicated decision and sends the risk factors to the vault as one text', async () => {
    const uit = await useCase.execute(taxatie, ctx);
    expect(uit).toMatchObject({ geindiceerdBesluit: 'voorwaarden-en-vervolg', criterium: 'VT-7.5.2.1-a' });
    expect(kluis.verzoeken[0].teksten).toEqual([
      expect.objectContaining({ sleutel: 'risicofactoren', tekst: 'schulden\nisolement' }),
    ]);
    expect(repository.van<Taxatie>(Taxatie)).toEqual([
      expect.objectContaining({ aantalRisicofactoren: 2, risicofactorenRef: uit.risicofactorenRef }),
    ]);
  });

  it('recorded again, the appraisal replaces the first', async () => {
    await useCase.execute(taxatie, ctx);
    await useCase.execute({ ...taxatie, voldoendeMedewerking: undefined }, ctx);
    expect(repository.van<Taxatie>(Taxatie)).toEqual([expect.objectContaining({ geindiceerdBesluit: null })]);
  });

  it('VT-7.4.3-a: an assessment decided already takes no appraisal (409)', async () => {
    repository.voegBeoordelingToe(testBeoordeling({ status: 'besloten' }));
    await expect(useCase.execute(taxatie, ctx)).rejects.toMatchObject({ name: 'AlBesloten' });
    expect(kluis.verzoeken).toEqual([]);
  });
});
