import { NotFoundException } from '@nestjs/common';
import { OngeldigeInvoer } from '@vt/contracts';
import type { Clock } from '@vt/platform';
import { FakeBesluiten, FakeKluisBesluiten, opgeslagenMelding } from '../besluit-fakes';
import type { TrekMeldingInCommand } from './trek-melding-in.command';
import { TrekMeldingIn } from './trek-melding-in.use-case';

const NU = new Date('2026-03-05T10:00:00Z');
const clock: Clock = { now: () => NU };
const medewerker = { sub: 'medewerker-2', regio: 'VR09' as const };
const melding = () =>
  opgeslagenMelding({
    status: 'in-behandeling',
    anonimiteit: 'geen',
    melderType: 'omstander',
    melderRef: 'melder-ref',
    toestemmingIdentiteitDelen: null,
  });

function opzet(anderen = 0, m = melding()) {
  const besluiten = new FakeBesluiten(m, anderen);
  const kluis = new FakeKluisBesluiten(besluiten.stappen);
  return { besluiten, kluis, useCase: new TrekMeldingIn(besluiten.asRepository, kluis.asClient, clock) };
}

const verzoek = (besluit: TrekMeldingInCommand['besluit']): TrekMeldingInCommand => ({
  meldingId: 'm1',
  verzoekOp: '2026-03-04',
  reden: 'spijt',
  besluit,
  motivering: 'onterecht',
});

describe('intake: TrekMeldingIn (§6.7)', () => {
  it('VT-6.7-b: verwijderen destroys the texts and the reporter in the vault, removes the report, closes a file left empty, and lists whom to inform', async () => {
    const { besluiten, kluis, useCase } = opzet(0);
    const antwoord = await useCase.execute(verzoek('verwijderen'), { gebruiker: medewerker });
    expect(besluiten.stappen).toEqual([
      'begin',
      'vergrendel melding',
      'kluis teksten',
      'sluit dossier',
      'verwijder',
      'kluis vernietig',
      'commit',
    ]);
    expect(kluis.vernietigd).toEqual([
      expect.objectContaining({
        regio: 'VR09',
        dossierId: 'd1',
        aantekeningRefs: ['a1'],
        persoonRefs: ['melder-ref'],
      }),
    ]);
    expect(antwoord).toMatchObject({
      besluit: 'verwijderen',
      dossierGesloten: true,
      teInformeren: [{ persoonRef: 'kind-ref', rol: 'kind' }],
    });
    expect(besluiten.events).toEqual([
      {
        type: 'nl.veiligthuis.intake.melding-ingetrokken.v1',
        data: {
          meldingId: 'm1',
          dossierId: 'd1',
          regio: 'VR09',
          besluit: 'verwijderen',
          verzoekOp: '2026-03-04',
          beslotenOp: NU.toISOString(),
          dossierVervallen: true,
        },
      },
    ]);
  });

  it('VT-6.7-b: a file with other reports stays open', async () => {
    const { besluiten, useCase } = opzet(1);
    expect((await useCase.execute(verzoek('verwijderen'), { gebruiker: medewerker })).dossierGesloten).toBe(
      false,
    );
    expect(besluiten.gesloten).toBe(false);
    expect(besluiten.verwijderd).toBe(true);
  });

  it('VT-6.7-c: handhaven keeps the report, annotated with the wish, its date, the reason and the grounds', async () => {
    const { besluiten, kluis, useCase } = opzet();
    const antwoord = await useCase.execute(verzoek('handhaven'), { gebruiker: medewerker });
    expect(besluiten.verwijderd).toBe(false);
    expect(kluis.vernietigd).toEqual([]);
    expect(antwoord.teInformeren).toEqual([]);
    expect(besluiten.intrekkingen).toEqual([
      expect.objectContaining({
        meldingId: 'm1',
        verzoekOp: '2026-03-04',
        besluit: 'handhaven',
        redenRef: 'ref-intrekking.reden',
        motiveringRef: 'ref-intrekking.motivering',
        beslotenDoor: 'medewerker-2',
        beslotenOp: NU,
      }),
    ]);
  });

  it.each<[string, boolean | null, boolean]>([
    ['VT-6.5.1-d: a bystander without consent: his reason is niet-ter-inzage', null, true],
    ['a bystander who consented to be known: ordinary part', true, false],
  ])('%s', async (_naam, toestemming, nietTerInzage) => {
    const { kluis, useCase } = opzet(
      0,
      opgeslagenMelding({ ...melding(), toestemmingIdentiteitDelen: toestemming }),
    );
    await useCase.execute(verzoek('handhaven'), { gebruiker: medewerker });
    expect(kluis.vastgelegd[0].teksten.map((t) => [t.sleutel, t.nietTerInzage === true])).toEqual([
      ['intrekking.reden', nietTerInzage],
      ['intrekking.motivering', false],
    ]);
  });

  it.each([
    [
      'a request dated after today: 400',
      { ...verzoek('verwijderen'), verzoekOp: '2026-03-06' },
      OngeldigeInvoer,
      melding(),
    ],
    ['another region: 404', verzoek('verwijderen'), NotFoundException, opgeslagenMelding({ regio: 'VR13' })],
  ])('%s; nothing destroyed, recorded or announced', async (_naam, command, fout, m) => {
    const { besluiten, kluis, useCase } = opzet(0, m);
    await expect(useCase.execute(command, { gebruiker: medewerker })).rejects.toBeInstanceOf(fout);
    expect([kluis.vastgelegd, kluis.vernietigd, besluiten.intrekkingen, besluiten.events]).toEqual([
      [],
      [],
      [],
      [],
    ]);
  });
});
