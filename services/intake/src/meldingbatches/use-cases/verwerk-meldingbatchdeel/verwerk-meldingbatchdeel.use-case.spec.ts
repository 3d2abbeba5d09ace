import type { MeldingbatchRegistrerenV1Request, MeldingbatchVastleggenV1Request } from '@vt/contracts';
import type { Clock } from '@vt/platform';
import { given } from '@vt/testing';
import { Werkdagkalender } from '@vt/werkdagen';
import type { BestaandDossier } from '../../../meldingen/domain/dossierkeuze';
import type { MeldingRijen } from '../../../meldingen/domain/melding-rijen';
import type { Registratie } from '../../../meldingen/privacy/kluis.client';
import { toetsBatchitem } from '../../domain/batchitem';
import type {
  DeelTransactie,
  MeldingbatchRepository,
  VerwerktItem,
  WachtendItem,
} from '../../persistence/meldingbatch.repository';
import type { BatchKluisClient } from '../../privacy/batch-kluis.client';
import { VerwerkMeldingbatchdeel } from './verwerk-meldingbatchdeel.use-case';

const NU = new Date('2026-03-02T10:00:00Z');
const item = (volgnummer: number): WachtendItem => ({
  volgnummer,
  inhoudRef: `ref-${volgnummer}`,
  gegevens: toetsBatchitem(
    given.melding({
      melder: { type: 'politie', naam: undefined, instelling: 'Politie', meldcodePlichtig: undefined },
    }),
    NU,
    new Werkdagkalender(),
  ).gegevens,
});

/** One chunk of three: a new household, a second report about it, and a child with a running file. */
function opzet(registraties: Registratie[], bestaande: BestaandDossier[]) {
  const stappen: string[] = [];
  const bewaard: MeldingRijen[] = [];
  let gesloten: VerwerktItem[] = [];
  const vastleggen: MeldingbatchVastleggenV1Request['items'][] = [];
  const deel: DeelTransactie = {
    meldingbatchId: 'batch',
    nummer: 0,
    ingediendDoor: 'medewerker-1',
    items: [item(0), item(1), item(2)],
    ontvangst: {
      vergrendelMelding: async (s) => void stappen.push(`sloten ${s.length}`),
      vergrendelPersonen: async (refs) => void stappen.push(`personen ${refs.join(',')}`),
      dossiersVan: async (_regio, refs) => {
        stappen.push(`dossiers ${refs.join(',')}`);
        return bestaande;
      },
      bewaar: async (rijen) => void bewaard.push(rijen),
    },
    sluit: async (verwerkt) => {
      stappen.push('sluit');
      gesloten = verwerkt;
    },
  };
  const repository = {
    verwerkVolgendDeel: async (werk: (d: DeelTransactie) => Promise<void>) => {
      stappen.push('claim');
      await werk(deel);
      stappen.push('commit');
      return true;
    },
  };
  const kluis = {
    registreer: async (items: MeldingbatchRegistrerenV1Request['items']) => {
      stappen.push(`registreer ${items.length}`);
      return registraties;
    },
    legVast: async (items: MeldingbatchVastleggenV1Request['items']) => {
      stappen.push(`vastleggen ${items.length}`);
      vastleggen.push(items);
      return items.map(() => ({ 'zorgen.omschrijving': 'tekst-lopend' }));
    },
  };
  const clock: Clock = { now: () => NU };
  const useCase = new VerwerkMeldingbatchdeel(
    repository as unknown as MeldingbatchRepository,
    kluis as unknown as BatchKluisClient,
    clock,
  );
  return { stappen, bewaard, gesloten: () => gesloten, vastleggen, useCase };
}

const reg = (ref: string, bekend: boolean, nieuw?: string): Registratie => ({
  melderRef: `melder-${ref}`,
  huishouden: [{ persoonRef: ref, sleutel: 'huishouden.0', bekend }],
  nieuwDossier: nieuw
    ? { dossierId: nieuw, aantekeningRefs: { 'zorgen.omschrijving': `tekst-${nieuw}` } }
    : undefined,
});

describe('intake: VerwerkMeldingbatchdeel stores one chunk in one transaction (ADR 0020)', () => {
  it('VT-6.6-a: one vault call registers the chunk, a second seals the texts of those that joined a file; one commit', async () => {
    const { stappen, bewaard, gesloten, vastleggen, useCase } = opzet(
      [reg('kind-a', false, 'nieuw-a'), reg('kind-a', true), reg('kind-b', true)],
      [{ id: 'lopend-b', status: 'lopend', eerdereDossiers: [] }],
    );
    expect(await useCase.execute()).toBe(true);
    expect(stappen).toEqual([
      'claim',
      expect.stringMatching(/^sloten \d+$/),
      'registreer 3',
      'personen kind-a,kind-b',
      // Item 1 joins item 0's new file without asking the database; item 2 joins the running file.
      'dossiers kind-b',
      'vastleggen 2',
      'sluit',
      'commit',
    ]);
    expect(bewaard.map((r) => r.melding.dossierId)).toEqual(['nieuw-a', 'nieuw-a', 'lopend-b']);
    expect(bewaard.map((r) => r.dossierGeopend !== undefined)).toEqual([true, false, false]);
    expect(bewaard.map((r) => r.melding.aantekeningRefs['zorgen.omschrijving'])).toEqual([
      'tekst-nieuw-a',
      'tekst-lopend',
      'tekst-lopend',
    ]);
    expect(vastleggen[0].map((v) => [v.dossierId, v.personen.map((p) => p.rol)])).toEqual([
      ['nieuw-a', ['kind', 'melder']],
      ['lopend-b', ['kind', 'melder']],
    ]);
    expect(gesloten().map((g) => g.dossierId)).toEqual(['nieuw-a', 'nieuw-a', 'lopend-b']);
    expect(bewaard.every((r) => r.melding.geregistreerdDoor === 'medewerker-1')).toBe(true);
  });

  it('a chunk of new households needs no second vault call', async () => {
    const { stappen, useCase } = opzet(
      [reg('a', false, 'd-a'), reg('b', false, 'd-b'), reg('c', false, 'd-c')],
      [],
    );
    await useCase.execute();
    expect(stappen.filter((s) => s.startsWith('registreer') || s.startsWith('vastleggen'))).toEqual([
      'registreer 3',
    ]);
  });
});
