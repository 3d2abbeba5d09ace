import { randomUUID } from 'node:crypto';
import { Clock } from '@vt/platform';
import { devSecrets } from '@vt/testing';
import { privacyConfigFromEnv } from '../../../privacy.config';
import { OngeldigeOpdracht } from '../../domain/kluis.errors';
import { KluisService } from '../../kluis.service';
import { FakeKluisRepository } from '../../persistence/kluis.repository.fake';
import { FakeSleutelDienst } from '../../sleutels/sleutel-dienst.fake';
import type { RegistreerPersonenCommand } from './registreer-personen.command';
import { RegistreerPersonen } from './registreer-personen.use-case';

class VasteKlok extends Clock {
  constructor(public nu: Date) {
    super();
  }

  now(): Date {
    return this.nu;
  }
}

const OUDER = {
  sleutel: 'huishouden.0',
  rol: 'ouder',
  voornaam: 'Ria',
  achternaam: 'Jansen',
  geboortedatum: '1980-03-04',
  bsn: '111222333',
};
const KIND = {
  ...OUDER,
  sleutel: 'huishouden.1',
  rol: 'kind',
  voornaam: 'Tim',
  geboortedatum: '2016-05-06',
  bsn: undefined,
};
const MELDER = { sleutel: 'melder', rol: 'melder', naam: 'Melder', bsn: '999990019' };

describe('RegistreerPersonen: the radar and what it stores, with the vault in memory', () => {
  const crypto = new KluisService(privacyConfigFromEnv(devSecrets()));
  let repository: FakeKluisRepository;
  let sleutels: FakeSleutelDienst;
  let klok: VasteKlok;
  let useCase: RegistreerPersonen;

  beforeEach(() => {
    repository = new FakeKluisRepository();
    sleutels = new FakeSleutelDienst();
    klok = new VasteKlok(new Date('2026-11-30T09:00:00Z'));
    useCase = new RegistreerPersonen(repository, crypto, sleutels, klok);
  });

  const registreer = (c: Partial<RegistreerPersonenCommand> = {}) =>
    useCase.execute({ verzoekId: randomUUID(), regio: 'VR09', personen: [OUDER, KIND, MELDER], ...c });
  const gegevensVan = (persoonRef: string) => {
    const p = repository.personen.get(persoonRef);
    const key = p && sleutels.sleutels.get(p.keyId);
    if (!p || !key) throw new Error(`no person ${persoonRef}`);
    return crypto.openPersoon(persoonRef, p.gegevens, key.dataKey);
  };

  it('every timestamp it stores is the Clock’s', async () => {
    const dossierId = randomUUID();
    await registreer({
      nieuwDossier: {
        dossierId,
        aantekeningen: [
          { sleutel: 'z', soort: 'melding.zorgen', tekst: 'zorgen', betreftSleutels: ['huishouden.1'] },
        ],
      },
    });
    klok.nu = new Date('2026-12-01T10:00:00Z');
    await registreer({ personen: [{ ...OUDER, adres: 'Kerkweg 2' }] });

    const eerste = '2026-11-30T09:00:00.000Z';
    const stempels = [
      ...[...repository.personen.values()].map((p) => p.aangemaaktOp),
      ...[...sleutels.sleutels.values()].map((k) => k.aangemaaktOp),
      ...repository.aantekeningen.map((a) => a.aangemaaktOp),
    ].map((d) => d.toISOString());
    expect(new Set(stempels)).toEqual(new Set([eerste]));
    expect([...repository.verzoeken.values()].map((v) => v.verwerktOp.toISOString())).toEqual([
      eerste,
      '2026-12-01T10:00:00.000Z',
    ]);
  });

  it('records what a later report adds to a known person, sealed under his own key, with the Clock’s time', async () => {
    const eerste = await registreer({ personen: [{ ...OUDER, bsn: undefined }] });
    klok.nu = new Date('2026-12-01T10:00:00Z');
    const tweede = await registreer({ personen: [{ ...OUDER, adres: 'Kerkweg 2' }] });
    const persoonRef = eerste.personen[0].persoonRef;
    expect(tweede.personen).toEqual([{ sleutel: OUDER.sleutel, persoonRef, match: 'naam-geboortedatum' }]);
    expect(gegevensVan(persoonRef)).toMatchObject({ bsn: OUDER.bsn, adres: 'Kerkweg 2' });
    // The BSN learnt later makes him findable by it.
    expect(repository.personen.get(persoonRef)?.bidxBsn).toBe(crypto.bidxBsn(OUDER.bsn));
    klok.nu = new Date('2026-12-02T10:00:00Z');
    await registreer({ personen: [{ ...OUDER, adres: 'Laan 3' }] });
    expect(gegevensVan(persoonRef).eerder).toEqual([
      { veld: 'adres', waarde: 'Kerkweg 2', vervangenOp: '2026-12-02T10:00:00.000Z' },
    ]);
  });

  it('locks the blind indexes of the household it searches on, never of the reporter', async () => {
    await registreer();
    const naamGd = (p: typeof OUDER | typeof KIND) =>
      `naam-gd:${crypto.bidxNaamGeboortedatum(`jansen|${p.geboortedatum}`)}`;
    expect(repository.locks).toEqual([[`bsn:${crypto.bidxBsn(OUDER.bsn)}`, naamGd(OUDER), naamGd(KIND)]]);
  });

  it('links a new file only when nobody is known, and answers a retry from what it stored', async () => {
    const command = {
      verzoekId: randomUUID(),
      regio: 'VR09',
      personen: [OUDER, KIND, MELDER],
      nieuwDossier: { dossierId: randomUUID(), aantekeningen: [] },
    };
    const eerste = await useCase.execute(command);
    expect(eerste.nieuwDossier).toEqual({ dossierId: command.nieuwDossier.dossierId, aantekeningen: [] });
    expect(await useCase.execute(command)).toEqual(eerste);
    expect(repository.saves).toBe(1);

    const later = await registreer({ nieuwDossier: { dossierId: randomUUID(), aantekeningen: [] } });
    expect(later.personen.map((p) => p.match)).toEqual(['bsn', 'naam-geboortedatum', 'nieuw']);
    expect(later.nieuwDossier).toBeUndefined();
    expect(repository.rollen.size).toBe(3);
  });

  it('refuses a text about a label the call does not carry, and stores nothing', async () => {
    await expect(
      registreer({
        nieuwDossier: {
          dossierId: randomUUID(),
          aantekeningen: [
            { sleutel: 'x', soort: 'melding.x', tekst: 'x', betreftSleutels: ['huishouden.9'] },
          ],
        },
      }),
    ).rejects.toBeInstanceOf(OngeldigeOpdracht);
    expect(repository.saves).toBe(0);
  });

  it('refuses a BSN that fails the eleven-test, naming the person, and stores nothing (ADR 0023)', async () => {
    await expect(registreer({ personen: [OUDER, { ...KIND, bsn: '111222334' }] })).rejects.toThrow(
      'personen[1].bsn: not a BSN (the eleven-test fails)',
    );
    expect(repository.saves).toBe(0);
    expect(sleutels.sleutels.size).toBe(0);
  });

  it('logs every candidate the radar decrypted, with who and why, and nobody it did not open (ADR 0023)', async () => {
    const eerste = await registreer();
    expect(repository.toegang).toEqual([]);
    klok.nu = new Date('2026-12-01T10:00:00Z');
    await registreer({
      personen: [OUDER],
      verwerking: { sub: 'medewerker-7', doelbinding: 'melding-registreren' },
    });
    expect(repository.toegang).toEqual([
      {
        tijdstip: klok.nu,
        sub: 'medewerker-7',
        regio: 'VR09',
        handeling: 'radar',
        doelbinding: 'melding-registreren',
        persoonRef: eerste.personen[0].persoonRef,
        aantekeningRef: null,
        categorieen: ['bsn', 'naam', 'geboortedatum'],
      },
    ]);
  });

  it('VT-15.4-c / VT-15.6-b: refuses a new file’s note that breaks a file-keeping rule, or a parent in the niet-ter-inzage part; stores nothing', async () => {
    await expect(
      registreer({
        nieuwDossier: {
          dossierId: randomUUID(),
          aantekeningen: [
            {
              sleutel: 'z',
              soort: 'melding.zorgen',
              tekst: 'zorgen',
              betreftSleutels: ['huishouden.1'],
              dossiervorming: { aard: 'mening', bron: { soort: 'melder' }, actueelContact: true },
            },
          ],
        },
      }),
    ).rejects.toThrow('VT-15.4-c: nieuwDossier.aantekeningen[0].dossiervorming.status');
    await expect(registreer({ personen: [{ ...OUDER, nietTerInzage: true }] })).rejects.toThrow(
      'VT-15.6-b: personen[0].nietTerInzage',
    );
    expect(repository.saves).toBe(0);
    expect(sleutels.sleutels.size).toBe(0);
  });
});
