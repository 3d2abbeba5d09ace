import { randomUUID } from 'node:crypto';
import { Clock } from '@vt/platform';
import { devSecrets } from '@vt/testing';
import { privacyConfigFromEnv } from '../../../privacy.config';
import { KluisService } from '../../kluis.service';
import { FakeKluisRepository } from '../../persistence/kluis.repository.fake';
import { FakeSleutelDienst } from '../../sleutels/sleutel-dienst.fake';
import type { VernietigMeldingCommand as Cmd } from './vernietig-melding.command';
import { VernietigMelding } from './vernietig-melding.use-case';

const NU = new Date('2026-11-30T09:00:00Z');

describe('VernietigMelding (VT-6.7-b), with the vault in memory', () => {
  const crypto = new KluisService(privacyConfigFromEnv(devSecrets()));
  const klok = new (class extends Clock {
    now = () => NU;
  })();

  async function opzet() {
    const repository = new FakeKluisRepository();
    const sleutels = new FakeSleutelDienst();
    const dossierId = randomUUID();
    const mensen = [0, 1].map(() =>
      crypto.sealPersoon({ regio: 'VR09', gegevens: {}, nietTerInzage: false, nu: NU }),
    );
    const teksten = crypto.sealAantekeningen(
      [{ sleutel: 't', soort: 'melding.zorgen.omschrijving', tekst: 'x', betreft: [] }],
      { regio: 'VR09', dossierId, nu: NU },
    );
    await sleutels.bewaar([...mensen.map((m) => m.dataKey), ...teksten.dataKeys]);
    await repository.save({
      personen: mensen.map((m) => m.rij),
      aantekeningen: teksten.rijen,
      dossierPersonen: mensen.map((m) => ({ dossierId, persoonRef: m.rij.persoonRef, rol: 'kind' })),
      verzoek: { verzoekId: randomUUID(), actie: 'test', antwoord: {}, verwerktOp: NU },
    });
    const [melder, kind] = mensen.map((m) => m.rij.persoonRef);
    const tekst = teksten.refs[0].aantekeningRef;
    return {
      repository,
      sleutels,
      dossierId,
      melder,
      kind,
      tekst,
      useCase: new VernietigMelding(repository, sleutels, klok),
    };
  }

  it.each<[string, (o: Awaited<ReturnType<typeof opzet>>) => Partial<Cmd>, number, number, number]>([
    ["the report's text and reporter go; the household stays", () => ({}), 1, 1, 1],
    ['another region destroys nothing', () => ({ regio: 'VR13' }), 0, 0, 2],
    ['a text of another file is not destroyed', () => ({ dossierId: randomUUID() }), 0, 1, 1],
  ])('%s', async (_naam, aanpassing, teksten, personen, blijven) => {
    const o = await opzet();
    const command = {
      verzoekId: randomUUID(),
      regio: 'VR09',
      dossierId: o.dossierId,
      aantekeningRefs: [o.tekst],
      persoonRefs: [o.melder],
      ...aanpassing(o),
    };
    const antwoord = await o.useCase.execute(command);
    expect(antwoord).toEqual({ vernietigdeAantekeningen: teksten, vernietigdePersonen: personen });
    expect(o.repository.personen.size).toBe(blijven);
    expect(o.repository.personen.has(o.kind)).toBe(true);
    expect(o.repository.aantekeningen).toHaveLength(1 - teksten);
    // Every destroyed row's key is destroyed through the key service (ADR 0023), nothing else's.
    expect(o.sleutels.vernietigd.size).toBe(teksten + personen);
    expect(o.sleutels.sleutels.size).toBe(3 - teksten - personen);
    // A retry gets the stored answer.
    expect(await o.useCase.execute(command)).toEqual(antwoord);
    expect(o.repository.verzoeken.get(command.verzoekId)?.verwerktOp).toEqual(NU);
  });
});
