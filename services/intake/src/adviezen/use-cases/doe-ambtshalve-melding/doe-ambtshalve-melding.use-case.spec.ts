import { ConflictException, NotFoundException } from '@nestjs/common';
import { RegelOvertreding } from '@vt/contracts';
import type { Clock } from '@vt/platform';
import { given } from '@vt/testing';
import { uuidVoor } from '../../../meldingen/domain/stabiel-id';
import type { KluisClient, LegTekstenVast } from '../../../meldingen/privacy/kluis.client';
import type { OntvangMeldingCommand } from '../../../meldingen/use-cases/ontvang-melding/ontvang-melding.command';
import type {
  OntvangMelding,
  OntvangMeldingContext,
} from '../../../meldingen/use-cases/ontvang-melding/ontvang-melding.use-case';
import type { Advies } from '../../persistence/advies.entity';
import type { AdviesRepository } from '../../persistence/advies.repository';
import { FakeAdviesRepository } from '../../persistence/advies.repository.fake';
import type { DoeAmbtshalveMeldingCommand } from './doe-ambtshalve-melding.command';
import { DoeAmbtshalveMelding } from './doe-ambtshalve-melding.use-case';

const NU = new Date('2026-03-02T10:00:00Z');
const ADVIES = 'a0000000-0000-4000-8000-000000000001';

function opzet(advies: Partial<Advies> = {}) {
  const repository = new FakeAdviesRepository();
  repository.dossiers.set('d', {
    id: 'd',
    dossiernummer: 'A-VR09-0000-0001',
    regio: 'VR09',
    geopendOp: NU,
    laatsteContactOp: NU,
    bewaarTot: '2028-03-02',
  });
  repository.adviezen.set(ADVIES, {
    id: ADVIES,
    adviesdossierId: 'd',
    regio: 'VR09',
    kanaal: 'telefoon',
    adviesvragerType: 'omstander',
    contactOp: NU,
    eersteContact: {},
    toestemmingRegistratie: false,
    aantekeningRefs: {},
    geregistreerdDoor: 'mw-0',
    ...advies,
  });
  const meldingen: { command: OntvangMeldingCommand; ctx: OntvangMeldingContext }[] = [];
  const ontvang = {
    execute: async (command: OntvangMeldingCommand, ctx: OntvangMeldingContext) => {
      repository.stappen.push('melding');
      meldingen.push({ command, ctx });
      return {
        meldingId: ctx.meldingId as string,
        dossierId: 'dossier-1',
        regio: 'VR09',
        ontvangenOp: NU.toISOString(),
        status: 'in-behandeling' as const,
        veiligheidsbeoordelingUiterlijk: '2026-03-09',
        zichtOpVeiligheidUiterlijk: '2026-03-02',
        lopendDossier: false,
        eerdereDossiers: [],
      };
    },
  };
  const vastgelegd: LegTekstenVast[] = [];
  const kluis = {
    legTekstenVast: async (o: LegTekstenVast) => {
      repository.stappen.push('kluis');
      vastgelegd.push(o);
      return Object.fromEntries(o.teksten.map((t) => [t.sleutel, `ref-${t.sleutel}`]));
    },
  };
  const clock: Clock = { now: () => NU };
  const useCase = new DoeAmbtshalveMelding(
    repository as unknown as AdviesRepository,
    ontvang as unknown as OntvangMelding,
    kluis as unknown as KluisClient,
    clock,
  );
  return { repository, meldingen, vastgelegd, useCase };
}

const m = given.melding();
const besluit = (o: Partial<DoeAmbtshalveMeldingCommand> = {}): DoeAmbtshalveMeldingCommand => ({
  voorwaarden: {
    hoogEnAcuutRisico: true,
    onvoldoendeVeiligheid: false,
    geenOvereenstemming: true,
    persoonsgegevensBekend: true,
  },
  besprokenMetAdviesvrager: true,
  geconsulteerd: ['mw-2'],
  motivering: { betrokkenInformatie: 'informatie', gewogenBelangen: 'belangen' },
  spoed: false,
  huishouden: m.huishouden,
  zorgen: m.zorgen,
  ...o,
});
const ctx = { gebruiker: { sub: 'mw-1', regio: 'VR09' as const } };

describe('intake: DoeAmbtshalveMelding makes an advice a report through the report path (§4.4, §5.4)', () => {
  it('VT-4.4-e: a report by veilig-thuis through OntvangMelding, then the motivation on its file, then the link', async () => {
    const { repository, meldingen, vastgelegd, useCase } = opzet();
    const antwoord = await useCase.execute(ADVIES, besluit(), ctx);
    expect(repository.stappen).toEqual(['melding', 'kluis', 'koppel']);
    expect(meldingen[0].command).toMatchObject({
      kanaal: 'telefoon',
      melder: { type: 'veilig-thuis' },
      anonimiteit: 'geen',
      huishouden: m.huishouden,
    });
    expect(meldingen[0].command.ontvangenOp).toBeUndefined();
    expect(meldingen[0].ctx.meldingId).toBe(uuidVoor(ADVIES, 'ambtshalve-melding'));
    expect(vastgelegd[0]).toMatchObject({ dossierId: 'dossier-1', personen: [], betreft: [] });
    expect(antwoord).toMatchObject({
      adviesId: ADVIES,
      meldingId: meldingen[0].ctx.meldingId,
      dossierId: 'dossier-1',
    });
    expect(repository.adviezen.get(ADVIES)?.ambtshalve).toMatchObject({
      besloten: { door: 'mw-1', op: NU.toISOString(), geconsulteerd: ['mw-2'] },
      aantekeningRefs: { 'ambtshalve.gewogenBelangen': 'ref-ambtshalve.gewogenBelangen' },
    });
  });

  it('a retry after a crash finds the report it made and only completes the link: no second report', async () => {
    const { repository, meldingen, useCase } = opzet();
    const meldingId = uuidVoor(ADVIES, 'ambtshalve-melding');
    repository.meldingen.set(meldingId, {
      id: meldingId,
      dossierId: 'dossier-0',
      regio: 'VR09',
      ontvangenOp: NU,
      status: 'in-behandeling',
      veiligheidsbeoordelingUiterlijk: '2026-03-09',
    });
    expect((await useCase.execute(ADVIES, besluit(), ctx)).dossierId).toBe('dossier-0');
    expect(meldingen).toEqual([]);
  });

  it.each([
    ['VT-3.2-d: a chat advice', { kanaal: 'chat' as const }, besluit(), RegelOvertreding],
    [
      'VT-5.4-a: unmet conditions',
      {},
      besluit({ voorwaarden: { ...besluit().voorwaarden, geenOvereenstemming: false } }),
      RegelOvertreding,
    ],
    ['VT-2.2.1-a: nobody consulted', {}, besluit({ geconsulteerd: ['mw-1'] }), RegelOvertreding],
    ['an advice already reported', { meldingId: 'eerder' }, besluit(), ConflictException],
    ['an advice of another region', { regio: 'VR10' }, besluit(), NotFoundException],
  ])('%s is refused before any report or vault call', async (_naam, advies, command, fout) => {
    const { repository, useCase } = opzet(advies);
    await expect(useCase.execute(ADVIES, command, ctx)).rejects.toBeInstanceOf(fout);
    expect(repository.stappen).toEqual([]);
  });
});
