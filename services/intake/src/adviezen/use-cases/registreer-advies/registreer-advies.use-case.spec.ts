import { OngeldigeInvoer, RegelOvertreding } from '@vt/contracts';
import type { Clock, IdempotentieClaim } from '@vt/platform';
import type { AdviesRepository } from '../../persistence/advies.repository';
import { FakeAdviesKluis, FakeAdviesRepository } from '../../persistence/advies.repository.fake';
import type { AdviesKluisClient } from '../../privacy/advies-kluis.client';
import type { RegistreerAdviesCommand } from './registreer-advies.command';
import { RegistreerAdvies } from './registreer-advies.use-case';

const NU = new Date('2026-03-02T10:00:00Z');

function opzet(nu: () => Date = () => NU) {
  const repository = new FakeAdviesRepository();
  const kluis = new FakeAdviesKluis(repository.stappen);
  const clock: Clock = { now: nu };
  const useCase = new RegistreerAdvies(
    repository as unknown as AdviesRepository,
    kluis as unknown as AdviesKluisClient,
    clock,
  );
  return { repository, kluis, useCase };
}

const gebruiker = { sub: 'medewerker-1', regio: 'VR09' as const };
const command = (o: Partial<RegistreerAdviesCommand> = {}): RegistreerAdviesCommand => ({
  kanaal: 'telefoon',
  adviesvragerType: 'omstander',
  samenvatting: 'zorgen',
  toestemmingRegistratie: true,
  adviesvrager: { naam: 'Verzonnen' },
  ...o,
});

describe('intake: RegistreerAdvies orchestrates an advice (§4, §5, §15.5)', () => {
  it('VT-15.5-a / VT-5.5-b: the vault gets the summary and the consenting seeker, then the advice and its file are written once', async () => {
    const { repository, kluis, useCase } = opzet();
    const antwoord = await useCase.execute(command(), { gebruiker });
    expect(repository.stappen).toEqual(['kluis', 'registreer']);
    expect(kluis.registraties[0]).toMatchObject({
      regio: 'VR09',
      adviesdossierId: antwoord.adviesdossierId,
      adviesvrager: { naam: 'Verzonnen' },
      teksten: [{ sleutel: 'samenvatting', soort: 'advies.samenvatting', tekst: 'zorgen' }],
    });
    expect(antwoord).toMatchObject({
      dossiernummer: expect.stringMatching(/^A-VR09-/),
      bewaarTot: '2028-03-02',
    });
    const advies = repository.adviezen.get(antwoord.id);
    expect(advies).toMatchObject({
      adviesvragerRef: 'vrager-ref',
      aantekeningRefs: { samenvatting: 'ref-samenvatting' },
      contactOp: NU,
      geregistreerdDoor: 'medewerker-1',
    });
    expect(repository.events).toEqual([
      expect.objectContaining({
        adviesId: antwoord.id,
        bewaarTot: '2028-03-02',
        adviesvragerGeregistreerd: true,
      }),
    ]);
  });

  it('VT-15.3.4.1-a: a follow-up on the file number joins the file, links the last advice, and moves the retention', async () => {
    const klok = { nu: NU };
    const { repository, useCase } = opzet(() => klok.nu);
    const eerste = await useCase.execute(command(), { gebruiker });
    // 23:30 UTC on 10 May is 11 May in Amsterdam.
    klok.nu = new Date('2027-05-10T23:30:00Z');
    const vervolg = await useCase.execute(command({ dossiernummer: eerste.dossiernummer }), { gebruiker });
    expect(vervolg).toMatchObject({
      dossiernummer: eerste.dossiernummer,
      adviesdossierId: eerste.adviesdossierId,
      vervolgOp: eerste.id,
      bewaarTot: '2029-05-11',
    });
    expect(repository.dossiers.get(eerste.adviesdossierId)?.laatsteContactOp).toEqual(klok.nu);
    expect(repository.dossiers.size).toBe(1);
  });

  it.each([
    ['seeker data without consent', command({ toestemmingRegistratie: false }), RegelOvertreding],
    ['an unknown file number', command({ dossiernummer: 'A-VR09-0000-0000' }), OngeldigeInvoer],
  ])('an advice refused for %s reaches neither the vault nor the database', async (_naam, c, fout) => {
    const { repository, kluis, useCase } = opzet();
    await expect(useCase.execute(c, { gebruiker })).rejects.toBeInstanceOf(fout);
    expect(repository.stappen).toEqual([]);
    expect(kluis.registraties).toEqual([]);
  });

  it('Idempotency-Key: a retry of a request whose advice was committed answers it again, without the vault', async () => {
    const claim: IdempotentieClaim = {
      schema: 'intake',
      sleutel: 'k',
      sub: 'medewerker-1',
      verzoekId: 'v-1',
    };
    const { repository, useCase } = opzet();
    const eerste = await useCase.execute(command(), { gebruiker, claim });
    expect(await useCase.execute(command(), { gebruiker, claim })).toEqual(eerste);
    expect(repository.stappen).toEqual(['kluis', 'registreer']);
  });
});
