import { randomUUID } from 'node:crypto';
import type { BatchmeldingInhoud } from '@vt/contracts';
import { Clock } from '@vt/platform';
import { devSecrets } from '@vt/testing';
import { privacyConfigFromEnv } from '../../../privacy.config';
import { KluisService } from '../../kluis.service';
import { FakeKluisRepository } from '../../persistence/kluis.repository.fake';
import { FakeSleutelDienst } from '../../sleutels/sleutel-dienst.fake';
import { LegAantekeningenVast } from '../leg-aantekeningen-vast/leg-aantekeningen-vast.use-case';
import { RegistreerPersonen } from '../registreer-personen/registreer-personen.use-case';
import { INHOUD_SOORT, VerwerkMeldingbatch } from './verwerk-meldingbatch.use-case';

const NU = new Date('2026-12-01T09:00:00Z');

/** A police report about one child (fictitious), its concerns the only text. */
function inhoud(bsn: string): BatchmeldingInhoud {
  return {
    personen: [
      { sleutel: 'huishouden.0', rol: 'kind', voornaam: 'Proef', achternaam: 'Batchkind', bsn },
      { sleutel: 'melder', rol: 'melder', naam: 'Agent', instelling: 'Politie', telefoon: '0900' },
    ],
    teksten: [
      {
        sleutel: 'zorgen.omschrijving',
        soort: 'melding.zorgen.omschrijving',
        tekst: 'verzonnen zorgen',
        betreftSleutels: ['huishouden.0'],
      },
    ],
  };
}

function opzet() {
  const repository = new FakeKluisRepository();
  const crypto = new KluisService(privacyConfigFromEnv(devSecrets()));
  const klok = new (class extends Clock {
    now = () => NU;
  })();
  const sleutels = new FakeSleutelDienst();
  const useCase = new VerwerkMeldingbatch(
    repository,
    crypto,
    sleutels,
    klok,
    new RegistreerPersonen(repository, crypto, sleutels, klok),
    new LegAantekeningenVast(repository, crypto, sleutels, klok),
  );
  return { repository, sleutels, useCase };
}

describe('VerwerkMeldingbatch: a police batch in the vault, in memory', () => {
  it('VT-6.6-a: two items about one child: the first opens its file, the second finds the child known; every staged copy is destroyed once sealed', async () => {
    const { repository, useCase } = opzet();
    const meldingbatchId = randomUUID();
    const bewaard = await useCase.bewaar({
      verzoekId: randomUUID(),
      meldingbatchId,
      items: [
        { sleutel: '0', regio: 'VR13', inhoud: inhoud('999990032') },
        { sleutel: '1', regio: 'VR13', inhoud: inhoud('999990032') },
      ],
    });
    expect(bewaard.items.map((i) => i.sleutel)).toEqual(['0', '1']);
    const staged = repository.aantekeningen.filter((a) => a.soort === INHOUD_SOORT);
    expect(staged).toHaveLength(2);
    // Sealed: the stored bytes hold none of the plaintext, and never show in an inspection.
    expect(staged.every((a) => a.nietTerInzage && !a.tekst.toString('utf8').includes('Batchkind'))).toBe(
      true,
    );

    const [a, b] = bewaard.items.map((i) => i.inhoudRef);
    const dossierA = randomUUID();
    const verzoeken = [randomUUID(), randomUUID()];
    const geregistreerd = await useCase.registreer({
      items: [
        { inhoudRef: a, verzoekId: verzoeken[0], regio: 'VR13', nieuwDossierId: dossierA },
        { inhoudRef: b, verzoekId: verzoeken[1], regio: 'VR13', nieuwDossierId: randomUUID() },
      ],
    });
    expect(geregistreerd.items[0].nieuwDossier?.dossierId).toBe(dossierA);
    expect(geregistreerd.items[1].nieuwDossier).toBeUndefined();
    const kind = geregistreerd.items[0].personen[0].persoonRef;
    expect(geregistreerd.items[1].personen[0]).toEqual({
      sleutel: 'huishouden.0',
      persoonRef: kind,
      match: 'bsn',
    });
    expect(
      repository.aantekeningen.filter((x) => x.soort === INHOUD_SOORT).map((x) => x.aantekeningRef),
    ).toEqual([b]);

    const vastgelegd = await useCase.legVast({
      items: [
        {
          inhoudRef: b,
          verzoekId: randomUUID(),
          regio: 'VR13',
          dossierId: dossierA,
          personen: [{ persoonRef: kind, rol: 'kind' }],
          betreft: [kind],
        },
      ],
    });
    expect(vastgelegd.items[0].aantekeningen.map((x) => x.sleutel)).toEqual(['zorgen.omschrijving']);
    expect(repository.aantekeningen.filter((x) => x.soort === INHOUD_SOORT)).toEqual([]);
    const opDossier = repository.aantekeningen.filter((x) => x.dossierId === dossierA);
    expect(opDossier.map((x) => x.betreft)).toEqual([[kind], [kind]]);

    // A retry of the chunk after intake died gets the same answers, although the staged copies are gone.
    const opnieuw = await useCase.registreer({
      items: [
        { inhoudRef: a, verzoekId: verzoeken[0], regio: 'VR13', nieuwDossierId: dossierA },
        { inhoudRef: b, verzoekId: verzoeken[1], regio: 'VR13', nieuwDossierId: randomUUID() },
      ],
    });
    expect(opnieuw).toEqual(geregistreerd);
  });

  it('a retried staging call stores nothing twice', async () => {
    const { repository, useCase } = opzet();
    const command = {
      verzoekId: randomUUID(),
      meldingbatchId: randomUUID(),
      items: [{ sleutel: '0', regio: 'VR13', inhoud: inhoud('999990044') }],
    };
    const eerste = await useCase.bewaar(command);
    expect(await useCase.bewaar(command)).toEqual(eerste);
    expect(repository.aantekeningen).toHaveLength(1);
  });
});
