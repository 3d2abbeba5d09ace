import { RegelOvertreding } from '@vt/contracts';
import type { Clock } from '@vt/platform';
import { testBeoordeling } from '../../persistence/besluitvorming.fixtures';
import { FakeBesluitvormingRepository } from '../../persistence/besluitvorming.repository.fake';
import { AfzienVanContact } from '../../persistence/contact-en-overdracht.entities';
import type { KluisClient } from '../../privacy/kluis.client';
import { FakeKluisClient } from '../../privacy/kluis.client.fake';
import type { StapContext } from '../stap-context';
import { ZieAfVanContact } from './zie-af-van-contact.use-case';

const ctx: StapContext = { gebruiker: { sub: 'medewerker', regio: 'VR09' } };
const b = testBeoordeling();
const OUDER = '2d8f4b6a-1c9e-4a3d-8b7f-5e0a2c6d9f14';

describe('ZieAfVanContact (use case, with fakes for the repository, the vault and the clock)', () => {
  let repository: FakeBesluitvormingRepository;
  let kluis: FakeKluisClient;
  let useCase: ZieAfVanContact;

  beforeEach(() => {
    repository = new FakeBesluitvormingRepository();
    kluis = new FakeKluisClient();
    const clock: Clock = { now: () => new Date('2026-03-03T10:00:00+01:00') };
    useCase = new ZieAfVanContact(repository, kluis as unknown as KluisClient, clock);
    repository.voegBeoordelingToe(b);
  });

  const afzien = {
    veiligheidsbeoordelingId: b.id,
    personen: [OUDER],
    nodigVoorTaak: true,
    nodigVoorBeeindigingOfOnderzoek: true,
    motivering: 'contact brengt het kind in gevaar',
    feiten: 'eerdere dreiging',
    informerenBij: 'na het gesprek met de politie',
    geconsulteerd: ['collega'],
  };

  it('VT-2.1.3-a/b/c: the decision, its facts and when the family will be told are recorded, the texts in the vault', async () => {
    const uit = await useCase.execute(afzien, ctx);
    expect(kluis.verzoeken[0].teksten.map((t) => t.sleutel)).toEqual([
      'motivering',
      'feiten',
      'informerenBij',
    ]);
    expect(repository.van<AfzienVanContact>(AfzienVanContact)).toEqual([
      expect.objectContaining({
        id: uit.id,
        personen: [OUDER],
        beslotenDoor: 'medewerker',
        informerenOp: null,
      }),
    ]);
  });

  it('VT-2.2.1-a: only the decider consulted is refused before the vault is asked', async () => {
    await expect(useCase.execute({ ...afzien, geconsulteerd: ['medewerker'] }, ctx)).rejects.toBeInstanceOf(
      RegelOvertreding,
    );
    expect(kluis.verzoeken).toEqual([]);
    expect(repository.van(AfzienVanContact)).toEqual([]);
  });
});
