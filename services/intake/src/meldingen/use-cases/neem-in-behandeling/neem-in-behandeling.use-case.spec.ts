import { ConflictException, NotFoundException } from '@nestjs/common';
import type { Clock } from '@vt/platform';
import { FakeBesluiten, FakeKluisBesluiten, opgeslagenMelding } from '../besluit-fakes';
import { NeemInBehandeling } from './neem-in-behandeling.use-case';

const NU = new Date('2026-03-03T11:20:00Z');
const clock: Clock = { now: () => NU };
const leidinggevende = { sub: 'leiding-1', regio: 'VR09' as const };

function opzet(melding = opgeslagenMelding()) {
  const besluiten = new FakeBesluiten(melding);
  const kluis = new FakeKluisBesluiten(besluiten.stappen);
  return { besluiten, kluis, useCase: new NeemInBehandeling(besluiten.asRepository, kluis.asClient, clock) };
}

describe('intake: NeemInBehandeling (VT-6.5.2-a)', () => {
  it('VT-6.5.2-a: the motivation goes to the vault, the report is in treatment and announced for its assessment now', async () => {
    const { besluiten, kluis, useCase } = opzet();
    const antwoord = await useCase.execute(
      { meldingId: 'm1', motivering: 'acuut' },
      { gebruiker: leidinggevende },
    );
    expect(besluiten.stappen).toEqual(['begin', 'vergrendel melding', 'kluis teksten', 'commit']);
    expect(kluis.vastgelegd[0]).toMatchObject({
      dossierId: 'd1',
      teksten: [{ sleutel: 'inBehandeling.motivering', tekst: 'acuut' }],
    });
    expect(besluiten.melding).toMatchObject({
      status: 'in-behandeling',
      inBehandelingGenomenDoor: 'leiding-1',
      inBehandelingGenomenOp: NU,
      aantekeningRefs: {
        'zorgen.omschrijving': 'a1',
        'inBehandeling.motivering': 'ref-inBehandeling.motivering',
      },
    });
    // VT-6.9-a with the deadlines of the receipt, not of the decision.
    expect(besluiten.events).toEqual([
      {
        type: 'nl.veiligthuis.intake.melding-in-behandeling-genomen.v1',
        data: {
          meldingId: 'm1',
          dossierId: 'd1',
          regio: 'VR09',
          ontvangenOp: '2026-03-02T09:00:00.000Z',
          spoed: false,
          genomenOp: NU.toISOString(),
          veiligheidsbeoordelingUiterlijk: '2026-03-09',
          zichtOpVeiligheidUiterlijk: '2026-03-10',
        },
      },
    ]);
    expect(antwoord).toEqual({
      meldingId: 'm1',
      dossierId: 'd1',
      status: 'in-behandeling',
      inBehandelingGenomenOp: NU.toISOString(),
      motiveringRef: 'ref-inBehandeling.motivering',
    });
  });

  it.each([
    [
      'a report in treatment already: 409',
      opgeslagenMelding({ status: 'in-behandeling' }),
      ConflictException,
    ],
    ['a report of another region: 404', opgeslagenMelding({ regio: 'VR13' }), NotFoundException],
    ['no such report: 404', null, NotFoundException],
  ])('%s, nothing in the vault and no event', async (_naam, melding, fout) => {
    const { besluiten, kluis, useCase } = opzet(melding as never);
    await expect(
      useCase.execute({ meldingId: 'm1', motivering: 'x' }, { gebruiker: leidinggevende }),
    ).rejects.toBeInstanceOf(fout);
    expect(kluis.vastgelegd).toEqual([]);
    expect(besluiten.events).toEqual([]);
  });
});
