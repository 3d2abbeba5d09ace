import { RegelOvertreding } from '@vt/contracts';
import type { Clock } from '@vt/platform';
import { DossierAfsluiting } from '../../persistence/besluitvorming.entities';
import { testBeoordeling } from '../../persistence/besluitvorming.fixtures';
import { FakeBesluitvormingRepository } from '../../persistence/besluitvorming.repository.fake';
import { Contact } from '../../persistence/contact-en-overdracht.entities';
import type { KluisClient } from '../../privacy/kluis.client';
import { FakeKluisClient } from '../../privacy/kluis.client.fake';
import type { StapContext } from '../stap-context';
import type { RegistreerContactCommand } from './registreer-contact.command';
import { RegistreerContact } from './registreer-contact.use-case';

const ctx: StapContext = { gebruiker: { sub: 'medewerker', regio: 'VR09' } };
const b = testBeoordeling();
const KIND = '6b3e9d1f-8a2c-4e7b-9d4a-0f5c1b8e3a62';

describe('RegistreerContact (use case, with fakes for the repository, the vault and the clock)', () => {
  let repository: FakeBesluitvormingRepository;
  let kluis: FakeKluisClient;
  let useCase: RegistreerContact;

  beforeEach(() => {
    repository = new FakeBesluitvormingRepository();
    kluis = new FakeKluisClient();
    const clock: Clock = { now: () => new Date('2026-03-03T10:00:00+01:00') };
    useCase = new RegistreerContact(repository, kluis as unknown as KluisClient, clock);
    repository.voegBeoordelingToe(b);
  });

  const contact: RegistreerContactCommand = {
    veiligheidsbeoordelingId: b.id,
    datum: '2026-03-03',
    vorm: 'persoonlijk',
    deelnemers: [
      {
        persoonRef: KIND,
        rol: 'kind',
        geinformeerdOver: ['inhoud-melding'],
        gehoord: 'standpunt-gegeven',
        leeftijd: 9,
        toelichting: 'het kind was op school',
      },
    ],
    besproken: ['inhoud-melding'],
  };

  it('VT-1.4-g: the explanation for a child not spoken with goes to the vault about that child; the row keeps its ref', async () => {
    await useCase.execute(contact, ctx);
    expect(kluis.verzoeken[0].teksten).toEqual([
      expect.objectContaining({ sleutel: 'toelichting.0', betreft: [KIND], tekst: 'het kind was op school' }),
    ]);
    const [rij] = repository.van<Contact>(Contact);
    expect(rij.deelnemers[0]).not.toHaveProperty('toelichting');
    expect(rij.deelnemers[0].toelichtingRef).toBeDefined();
  });

  it('VT-7.4.3-a: no contact is recorded on a closed file; nothing reaches the vault', async () => {
    repository.rijen.set(DossierAfsluiting.name, [{ dossierId: b.dossierId }]);
    await expect(useCase.execute(contact, ctx)).rejects.toBeInstanceOf(RegelOvertreding);
    expect(kluis.verzoeken).toEqual([]);
  });
});
