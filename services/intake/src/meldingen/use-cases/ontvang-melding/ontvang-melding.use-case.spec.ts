import { OngeldigeInvoer, RegelOvertreding } from '@vt/contracts';
import type { Clock, IdempotentieClaim } from '@vt/platform';
import { given } from '@vt/testing';
import { Werkdagkalender } from '@vt/werkdagen';
import type { BestaandDossier } from '../../domain/dossierkeuze';
import type { MeldingRijen } from '../../domain/melding-rijen';
import type { Antwoord, MeldingRepository, OntvangstTransactie } from '../../persistence/melding.repository';
import type { KluisClient, LegTekstenVast, Registratie, Registreer } from '../../privacy/kluis.client';
import { OntvangMelding } from './ontvang-melding.use-case';

const NU = new Date('2026-03-02T10:00:00Z');

/** Records what the use case asks of its repository, in order, and commits nothing. */
class FakeMeldingRepository {
  readonly stappen: string[] = [];
  bewaard?: { rijen: MeldingRijen; antwoord?: Antwoord };
  bestaande: BestaandDossier[] = [];

  async ontvang<T>(werk: (tx: OntvangstTransactie) => Promise<T>): Promise<T> {
    this.stappen.push('begin');
    const resultaat = await werk({
      vergrendelMelding: async (sloten) => void this.stappen.push(`vergrendel melding ${sloten.length}`),
      vergrendelPersonen: async (refs) => void this.stappen.push(`vergrendel personen ${refs.join(',')}`),
      dossiersVan: async () => {
        this.stappen.push('dossiers');
        return this.bestaande;
      },
      bewaar: async (rijen, antwoord) => {
        this.stappen.push('bewaar');
        this.bewaard = { rijen, antwoord };
      },
    });
    this.stappen.push('commit');
    return resultaat;
  }
}

/** A vault that knows the BSNs it is given, and otherwise links the new file itself. */
class FakeKluis {
  readonly registraties: Registreer[] = [];
  readonly vastgelegd: LegTekstenVast[] = [];
  constructor(
    private readonly stappen: string[],
    private readonly bekend: (bsn?: string) => string | undefined = () => undefined,
  ) {}

  async registreerPersonen(o: Registreer): Promise<Registratie> {
    this.stappen.push('kluis registreer');
    this.registraties.push(o);
    const huishouden = o.personen
      .filter((p) => p.sleutel !== 'melder')
      .map((p) => {
        const ref = this.bekend(p.bsn);
        return { persoonRef: ref ?? `nieuw-${p.sleutel}`, sleutel: p.sleutel, bekend: ref !== undefined };
      });
    const iemandBekend = huishouden.some((p) => p.bekend);
    return {
      melderRef: o.personen.some((p) => p.sleutel === 'melder') ? 'melder-ref' : undefined,
      huishouden,
      nieuwDossier: iemandBekend
        ? undefined
        : { dossierId: o.nieuwDossierId, aantekeningRefs: { 'zorgen.omschrijving': 'tekst-nieuw' } },
    };
  }

  async legTekstenVast(o: LegTekstenVast): Promise<Record<string, string>> {
    this.stappen.push('kluis teksten');
    this.vastgelegd.push(o);
    return { 'zorgen.omschrijving': 'tekst-lopend' };
  }
}

function opzet(bekend?: (bsn?: string) => string | undefined) {
  const repository = new FakeMeldingRepository();
  const kluis = new FakeKluis(repository.stappen, bekend);
  const clock: Clock = { now: () => NU };
  const useCase = new OntvangMelding(
    repository as unknown as MeldingRepository,
    kluis as unknown as KluisClient,
    new Werkdagkalender(),
    clock,
  );
  return { repository, kluis, useCase };
}

const gebruiker = { sub: 'medewerker-1' };

describe('intake: OntvangMelding orchestrates the receipt of a report (§6)', () => {
  it('VT-6.6-a: a new household: the report is locked before the one vault call, which links the new file', async () => {
    const { repository, kluis, useCase } = opzet();
    const antwoord = await useCase.execute(given.melding(), { gebruiker });
    expect(repository.stappen).toEqual([
      'begin',
      'vergrendel melding 2',
      'kluis registreer',
      'bewaar',
      'commit',
    ]);
    expect(kluis.registraties).toHaveLength(1);
    expect(antwoord).toMatchObject({ regio: 'VR09', lopendDossier: false, eerdereDossiers: [] });
    expect(antwoord.dossierId).toBe(kluis.registraties[0].nieuwDossierId);
    expect(repository.bewaard?.rijen.melding.aantekeningRefs).toEqual({
      'zorgen.omschrijving': 'tekst-nieuw',
    });
    expect(repository.bewaard?.rijen.dossierGeopend?.dossierId).toBe(antwoord.dossierId);
  });

  it('VT-6.6-a: a known person with a running file: the people are locked, the file is joined, the texts sealed on it', async () => {
    const kind = given.persoon();
    const { repository, kluis, useCase } = opzet((bsn) => (bsn === kind.bsn ? 'kind-ref' : undefined));
    repository.bestaande = [{ id: 'lopend-dossier', status: 'lopend', eerdereDossiers: ['oud'] }];
    const antwoord = await useCase.execute(given.melding({ huishouden: { personen: [kind] } }), {
      gebruiker,
    });
    expect(repository.stappen).toEqual([
      'begin',
      'vergrendel melding 2',
      'kluis registreer',
      'vergrendel personen kind-ref',
      'dossiers',
      'kluis teksten',
      'bewaar',
      'commit',
    ]);
    expect(antwoord).toMatchObject({
      dossierId: 'lopend-dossier',
      lopendDossier: true,
      eerdereDossiers: ['oud'],
    });
    expect(kluis.vastgelegd[0]).toMatchObject({
      dossierId: 'lopend-dossier',
      personen: [
        { persoonRef: 'kind-ref', rol: 'kind' },
        { persoonRef: 'melder-ref', rol: 'melder' },
      ],
      betreft: ['kind-ref'],
    });
    expect(repository.bewaard?.rijen.nieuwDossier).toBeUndefined();
    expect(repository.bewaard?.rijen.dossierGeopend).toBeUndefined();
  });

  it("Idempotency-Key: the answer is committed with the report, and a retry of one request gets the first attempt's ids", async () => {
    const claim: IdempotentieClaim = {
      schema: 'intake',
      sleutel: 'k',
      sub: 'medewerker-1',
      verzoekId: 'v-1',
    };
    const body = given.melding();
    const eerste = opzet();
    const antwoord = await eerste.useCase.execute(body, { gebruiker, claim });
    expect(eerste.repository.bewaard?.antwoord).toEqual({ claim, status: 201, body: antwoord });
    const retry = opzet();
    expect(await retry.useCase.execute(body, { gebruiker, claim })).toEqual(antwoord);
    expect(retry.kluis.registraties[0].verzoekId).toBe(eerste.kluis.registraties[0].verzoekId);
  });

  it('without an Idempotency-Key no answer is stored and every report gets ids of its own', async () => {
    const { repository, useCase } = opzet();
    const a = await useCase.execute(given.melding(), { gebruiker });
    expect(repository.bewaard?.antwoord).toBeUndefined();
    expect((await useCase.execute(given.melding(), { gebruiker })).meldingId).not.toBe(a.meldingId);
  });

  it.each([
    ['an unknown municipality', given.melding({ huishouden: { gemeentecode: 'GM9999' } }), OngeldigeInvoer],
    [
      'a reporter without contact details',
      given.melding({ melder: { telefoon: undefined } }),
      RegelOvertreding,
    ],
    ['VT-3.2-d: a chat contact', given.melding({ kanaal: 'chat' }), RegelOvertreding],
    [
      'VT-3.0-b: a "deviation" to the residence\'s own region',
      given.melding({ regioAfwijking: { regio: 'VR09', reden: 'x' } }),
      OngeldigeInvoer,
    ],
  ])('a report refused for %s reaches neither the vault nor the database', async (_naam, body, fout) => {
    const { repository, kluis, useCase } = opzet();
    await expect(useCase.execute(body, { gebruiker })).rejects.toBeInstanceOf(fout);
    expect(repository.stappen).toEqual([]);
    expect(kluis.registraties).toEqual([]);
  });

  it("VT-3.0-b: a report given to another region is filed there, with the residence's region and the reason as a text", async () => {
    const { repository, kluis, useCase } = opzet();
    const antwoord = await useCase.execute(
      given.melding({ regioAfwijking: { regio: 'VR13', reden: 'opvang in Amsterdam' } }),
      { gebruiker },
    );
    expect(antwoord.regio).toBe('VR13');
    expect(kluis.registraties[0].regio).toBe('VR13');
    expect(kluis.registraties[0].teksten.map((t) => t.sleutel)).toContain('regioAfwijking.reden');
    expect(repository.bewaard?.rijen.melding).toMatchObject({ regio: 'VR13', woonplaatsRegio: 'VR09' });
  });

  it('VT-B1-b: a new file after a closed one of the same person is a re-report', async () => {
    const kind = given.persoon();
    const { repository, useCase } = opzet((bsn) => (bsn === kind.bsn ? 'kind-ref' : undefined));
    repository.bestaande = [{ id: 'oud', status: 'afgesloten', eerdereDossiers: [], personen: ['kind-ref'] }];
    const antwoord = await useCase.execute(given.melding({ huishouden: { personen: [kind] } }), {
      gebruiker,
    });
    expect(antwoord).toMatchObject({
      lopendDossier: false,
      eerdereDossiers: ['oud'],
      hermelding: 'een-persoon',
    });
    expect(repository.bewaard?.rijen.melding.hermelding).toBe('een-persoon');
  });

  it("VT-7.2-a / VT-7.3-a: the deadlines answered are the ones the report's rows and event carry", async () => {
    const { repository, useCase } = opzet();
    const antwoord = await useCase.execute(given.melding({ spoed: true }), { gebruiker });
    expect(antwoord).toMatchObject({
      veiligheidsbeoordelingUiterlijk: '2026-03-09',
      zichtOpVeiligheidUiterlijk: '2026-03-02',
    });
    expect(repository.bewaard?.rijen.meldingOntvangen).toMatchObject({
      veiligheidsbeoordelingUiterlijk: '2026-03-09',
      zichtOpVeiligheidUiterlijk: '2026-03-02',
    });
  });
});
