import { randomUUID } from 'node:crypto';
import { Clock } from '@vt/platform';
import { devSecrets } from '@vt/testing';
import type { NieuweToegang } from '../../../toegangslog/persistence/toegangslog.repository';
import { privacyConfigFromEnv } from '../../../privacy.config';
import { KeyDestroyed } from '../../crypto/envelope';
import { NietGevonden } from '../../domain/kluis.errors';
import { KluisService } from '../../kluis.service';
import { FakeKluisRepository } from '../../persistence/kluis.repository.fake';
import { FakeSleutelDienst } from '../../sleutels/sleutel-dienst.fake';
import { LeesPersoon, type ToegangslogPort } from './lees-persoon.use-case';

const NU = new Date('2026-12-01T09:00:00Z');

describe('LeesPersoon: a read of personal data is region-scoped and logged first (ADR 0023)', () => {
  const crypto = new KluisService(privacyConfigFromEnv(devSecrets()));
  const klok = new (class extends Clock {
    now = () => NU;
  })();

  async function opgezet() {
    const repository = new FakeKluisRepository();
    const sleutels = new FakeSleutelDienst();
    const log: NieuweToegang[] = [];
    const toegangslog: ToegangslogPort = { voegToe: async (regels) => void log.push(...regels) };
    const gegevens = { voornaam: 'Tim', achternaam: 'Jansen', telefoon: '0612345678' };
    const { rij, dataKey } = crypto.sealPersoon({ regio: 'VR09', gegevens, nietTerInzage: false, nu: NU });
    await sleutels.bewaar([dataKey]);
    await repository.save({
      personen: [rij],
      aantekeningen: [],
      dossierPersonen: [],
      verzoek: { verzoekId: randomUUID(), actie: 'test', antwoord: {}, verwerktOp: NU },
    });
    const useCase = new LeesPersoon(repository, crypto, sleutels, toegangslog, klok);
    return { useCase, log, sleutels, persoonRef: rij.persoonRef, keyId: rij.keyId, gegevens };
  }

  it('answers the record and logs who, when, which categories and why', async () => {
    const { useCase, log, persoonRef, gegevens } = await opgezet();
    const gelezen = await useCase.execute({
      persoonRef,
      doelbinding: 'onderzoek',
      door: { sub: 'medewerker-1', regio: 'VR09' },
    });
    expect(gelezen).toEqual({ persoonRef, regio: 'VR09', nietTerInzage: false, gegevens });
    expect(log).toEqual([
      {
        tijdstip: NU,
        sub: 'medewerker-1',
        regio: 'VR09',
        handeling: 'lezen',
        doelbinding: 'onderzoek',
        persoonRef,
        aantekeningRef: null,
        categorieen: ['naam', 'contactgegevens'],
      },
    ]);
  });

  it('another region, or nobody, is NietGevonden and nothing is logged', async () => {
    const { useCase, log, persoonRef } = await opgezet();
    for (const [ref, regio] of [
      [persoonRef, 'VR17'],
      [randomUUID(), 'VR09'],
    ]) {
      await expect(
        useCase.execute({ persoonRef: ref, doelbinding: 'onderzoek', door: { sub: 's', regio } }),
      ).rejects.toBeInstanceOf(NietGevonden);
    }
    expect(log).toEqual([]);
  });

  it('a destroyed data key is KeyDestroyed, and nothing is logged', async () => {
    const { useCase, log, sleutels, persoonRef, keyId } = await opgezet();
    sleutels.sleutels.delete(keyId);
    await expect(
      useCase.execute({ persoonRef, doelbinding: 'onderzoek', door: { sub: 's', regio: 'VR09' } }),
    ).rejects.toBeInstanceOf(KeyDestroyed);
    expect(log).toEqual([]);
  });
});
