import { randomUUID } from 'node:crypto';
import { Clock } from '@vt/platform';
import { devSecrets } from '@vt/testing';
import { privacyConfigFromEnv } from '../../../privacy.config';
import { OngeldigeOpdracht } from '../../domain/kluis.errors';
import { KluisService } from '../../kluis.service';
import { FakeKluisRepository } from '../../persistence/kluis.repository.fake';
import { FakeSleutelDienst } from '../../sleutels/sleutel-dienst.fake';
import { LegAantekeningenVast } from './leg-aantekeningen-vast.use-case';

const NU = new Date('2026-11-30T09:00:00Z');

describe('LegAantekeningenVast: texts and file links, with the vault in memory', () => {
  const crypto = new KluisService(privacyConfigFromEnv(devSecrets()));
  const klok = new (class extends Clock {
    now = () => NU;
  })();

  async function metPersoon() {
    const repository = new FakeKluisRepository();
    const sleutels = new FakeSleutelDienst();
    const { rij, dataKey } = crypto.sealPersoon({
      regio: 'VR09',
      gegevens: {},
      nietTerInzage: false,
      nu: NU,
    });
    await sleutels.bewaar([dataKey]);
    await repository.save({
      personen: [rij],
      aantekeningen: [],
      dossierPersonen: [],
      verzoek: { verzoekId: randomUUID(), actie: 'test', antwoord: {}, verwerktOp: NU },
    });
    return {
      repository,
      sleutels,
      persoonRef: rij.persoonRef,
      useCase: new LegAantekeningenVast(repository, crypto, sleutels, klok),
    };
  }

  it('seals each text under a key of its own, stamped by the Clock, and links the people once per file', async () => {
    const { repository, sleutels, persoonRef, useCase } = await metPersoon();
    const dossierId = randomUUID();
    const antwoord = await useCase.execute({
      verzoekId: randomUUID(),
      regio: 'VR09',
      dossierId,
      personen: [
        { persoonRef, rol: 'overig' },
        { persoonRef, rol: 'kind' },
      ],
      aantekeningen: [{ sleutel: 'a', soort: 'melding.zorgen', tekst: 'zorgen', betreft: [persoonRef] }],
    });
    const [rij] = repository.aantekeningen;
    expect(antwoord.aantekeningen).toEqual([{ sleutel: 'a', aantekeningRef: rij.aantekeningRef }]);
    expect(rij.aangemaaktOp).toEqual(NU);
    expect(sleutels.sleutels.get(rij.keyId)?.eigenaarRef).toBe(rij.aantekeningRef);
    expect(repository.rollen.get(`${dossierId}|${persoonRef}`)).toBe('kind');
  });

  it('refuses a persoonRef the vault does not hold, and stores nothing', async () => {
    const { repository, useCase } = await metPersoon();
    await expect(
      useCase.execute({
        verzoekId: randomUUID(),
        regio: 'VR09',
        dossierId: randomUUID(),
        personen: [{ persoonRef: randomUUID(), rol: 'kind' }],
        aantekeningen: [],
      }),
    ).rejects.toBeInstanceOf(OngeldigeOpdracht);
    expect(repository.saves).toBe(1);
  });
});
