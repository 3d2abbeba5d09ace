import { randomUUID } from 'node:crypto';
import { Clock } from '@vt/platform';
import { devSecrets } from '@vt/testing';
import { privacyConfigFromEnv } from '../../../privacy.config';
import { KluisService } from '../../kluis.service';
import { FakeKluisRepository } from '../../persistence/kluis.repository.fake';
import { FakeSleutelDienst } from '../../sleutels/sleutel-dienst.fake';
import { VernietigAdviesvrager } from '../vernietig-adviesvrager/vernietig-adviesvrager.use-case';
import { VernietigAdviezen } from '../vernietig-adviezen/vernietig-adviezen.use-case';
import { RegistreerAdvies } from './registreer-advies.use-case';

const NU = new Date('2026-11-30T09:00:00Z');

describe('RegistreerAdvies and VernietigAdviesvrager, with the vault in memory', () => {
  const crypto = new KluisService(privacyConfigFromEnv(devSecrets()));
  const klok = new (class extends Clock {
    now = () => NU;
  })();

  function opzet() {
    const repository = new FakeKluisRepository();
    const sleutels = new FakeSleutelDienst();
    return {
      repository,
      sleutels,
      registreer: new RegistreerAdvies(repository, crypto, sleutels, klok),
      vernietig: new VernietigAdviesvrager(repository, sleutels, klok),
      vernietigAdviezen: new VernietigAdviezen(repository, sleutels, klok),
    };
  }

  const command = (adviesdossierId = randomUUID()) => ({
    verzoekId: randomUUID(),
    regio: 'VR09',
    adviesdossierId,
    adviesvrager: { naam: 'Verzonnen Vrager', email: 'v@voorbeeld.invalid' },
    aantekeningen: [{ sleutel: 'samenvatting', soort: 'advies.samenvatting', tekst: 'een zorg' }],
  });

  it('VT-5.5-d / VT-15.5-a: the seeker gets no blind index and only the adviesvrager role on his advice file', async () => {
    const { repository, registreer } = opzet();
    const c = command();
    const antwoord = await registreer.execute(c);
    const persoon = repository.personen.get(antwoord.adviesvragerRef as string);
    expect(persoon).toMatchObject({
      bidxBsn: null,
      bidxNaamGd: null,
      nietTerInzage: false,
      aangemaaktOp: NU,
    });
    expect([...repository.rollen]).toEqual([[`${c.adviesdossierId}|${persoon?.persoonRef}`, 'adviesvrager']]);
    expect(repository.aantekeningen).toMatchObject([{ dossierId: c.adviesdossierId, betreft: [] }]);
    expect(antwoord.aantekeningen).toEqual([
      { sleutel: 'samenvatting', aantekeningRef: repository.aantekeningen[0].aantekeningRef },
    ]);
  });

  it.each([
    ['with', true],
    ['without', false],
  ])('a call %s a seeker stores one person or none, and a repeat stores nothing more', async (_, met) => {
    const { repository, registreer } = opzet();
    const c = { ...command(), adviesvrager: met ? command().adviesvrager : undefined };
    const eerste = await registreer.execute(c);
    expect(await registreer.execute(c)).toEqual(eerste);
    expect([repository.personen.size, repository.saves]).toEqual([met ? 1 : 0, 1]);
  });

  it('VT-15.5-c: destroying the seeker removes him and his key; a report person is left alone', async () => {
    const { repository, sleutels, registreer, vernietig } = opzet();
    const { adviesvragerRef } = await registreer.execute(command());
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
      dossierPersonen: [{ dossierId: randomUUID(), persoonRef: rij.persoonRef, rol: 'melder' }],
      verzoek: { verzoekId: randomUUID(), actie: 'test', antwoord: {}, verwerktOp: NU },
    });
    const refs = [adviesvragerRef as string, rij.persoonRef];
    expect(await vernietig.execute({ verzoekId: randomUUID(), adviesvragerRefs: refs })).toEqual({
      vernietigd: 1,
    });
    expect([...repository.personen.keys()]).toEqual([rij.persoonRef]);
    // Crypto-shredding through the key service: the seeker's key is gone, the reporter's is not.
    expect([...sleutels.sleutels.keys()]).toContain(dataKey.keyId);
    expect(sleutels.vernietigd.size).toBe(1);
    expect(await vernietig.execute({ verzoekId: randomUUID(), adviesvragerRefs: refs })).toEqual({
      vernietigd: 0,
    });
  });
  it("VT-15.3.4.1-a: an expired advice file loses its texts and seeker; another file's stay, and a repeat answers the same", async () => {
    const { repository, registreer, vernietigAdviezen } = opzet();
    const weg = command();
    await registreer.execute(weg);
    const blijft = await registreer.execute(command());
    const verzoek = { verzoekId: randomUUID(), adviesdossierIds: [weg.adviesdossierId] };
    expect(await vernietigAdviezen.execute(verzoek)).toEqual({ aantekeningen: 1, adviesvragers: 1 });
    expect([...repository.personen.keys()]).toEqual([blijft.adviesvragerRef]);
    expect(repository.aantekeningen.map((a) => a.aantekeningRef)).toEqual([
      blijft.aantekeningen[0].aantekeningRef,
    ]);
    expect(await vernietigAdviezen.execute(verzoek)).toEqual({ aantekeningen: 1, adviesvragers: 1 });
  });
});
