import { ConflictException, NotFoundException } from '@nestjs/common';
import { RegelOvertreding } from '@vt/contracts';
import { Outbox, type OutboxBericht } from '@vt/messaging';
import type { Clock } from '@vt/platform';
import type { Toewijzing } from '../../persistence/toewijzing.entity';
import type { TeBeoordelen, ToewijzingPort } from '../../persistence/toewijzing.repository';
import type { KluisClient, LegRedenVast } from '../../privacy/kluis.client';
import { WijsBeoordelingToe } from './wijs-beoordeling-toe.use-case';

const ID = '5b0f6a2e-3c1d-4e8a-9f27-6d4c8b1a0e93';
const DOSSIER = '0c9e7d52-8a4b-4f1e-b3d6-2a7f9c5e1b48';
const REF = '8c2a6e0d-5f9b-4d1c-b7a3-4e8f1a6c2d95';

class FakeToewijzingen implements ToewijzingPort {
  geschreven: { t: Toewijzing; bericht: OutboxBericht }[] = [];
  gelukt = true;
  constructor(public beoordeling?: TeBeoordelen) {}
  async vind(id: string) {
    return this.beoordeling?.id === id ? this.beoordeling : undefined;
  }
  async wijsToe(t: Toewijzing, bericht: OutboxBericht) {
    if (this.gelukt) this.geschreven.push({ t, bericht });
    return this.gelukt;
  }
}

class FakeKluis {
  verzoeken: LegRedenVast[] = [];
  async legRedenVast(o: LegRedenVast) {
    this.verzoeken.push(o);
    return REF;
  }
}

describe('WijsBeoordelingToe (VT-2.2.1-f)', () => {
  const clock: Clock = { now: () => new Date('2026-03-03T09:00:00.000Z') };
  const ctx = { gebruiker: { sub: 'lg-1', regio: 'VR09' as const } };
  const maak = (dossierhouder: string | null, status = 'open') => {
    const repo = new FakeToewijzingen({ id: ID, dossierId: DOSSIER, regio: 'VR09', status, dossierhouder });
    const kluis = new FakeKluis();
    const outbox = new Outbox({ service: 'assessment', subjectPrefix: 'vt' });
    return { repo, kluis, uc: new WijsBeoordelingToe(repo, kluis as unknown as KluisClient, outbox, clock) };
  };
  const data = (b: OutboxBericht) => (JSON.parse(b.payload) as { data: Record<string, unknown> }).data;

  it('records a first assignment and announces it, without a reason or the vault', async () => {
    const { repo, kluis, uc } = maak(null);
    const antwoord = await uc.execute({ veiligheidsbeoordelingId: ID, dossierhouder: 'mw-1' }, ctx);
    expect(antwoord).toMatchObject({ dossierhouder: 'mw-1', toegewezenOp: '2026-03-03T09:00:00.000Z' });
    expect(kluis.verzoeken).toEqual([]);
    expect(repo.geschreven.map((g) => g.t)).toEqual([
      expect.objectContaining({
        dossierhouder: 'mw-1',
        vorigeDossierhouder: null,
        toegewezenDoor: 'lg-1',
        redenRef: null,
      }),
    ]);
    expect(data(repo.geschreven[0].bericht)).toEqual({
      veiligheidsbeoordelingId: ID,
      dossierId: DOSSIER,
      regio: 'VR09',
      dossierhouder: 'mw-1',
      toegewezenDoor: 'lg-1',
      toegewezenOp: '2026-03-03T09:00:00.000Z',
    });
  });

  it('seals a reassignment’s reason in the vault and keeps only its reference', async () => {
    const { repo, kluis, uc } = maak('mw-1');
    const antwoord = await uc.execute(
      { veiligheidsbeoordelingId: ID, dossierhouder: 'mw-2', reden: 'Verzonnen reden' },
      ctx,
    );
    expect(kluis.verzoeken).toEqual([
      expect.objectContaining({ regio: 'VR09', dossierId: DOSSIER, tekst: 'Verzonnen reden' }),
    ]);
    expect(antwoord).toMatchObject({ vorigeDossierhouder: 'mw-1', redenRef: REF });
    expect(repo.geschreven[0].t).toMatchObject({ vorigeDossierhouder: 'mw-1', redenRef: REF });
    expect(repo.geschreven[0].bericht.payload).not.toContain('Verzonnen');
    expect(data(repo.geschreven[0].bericht)).toMatchObject({ vorigeDossierhouder: 'mw-1', redenRef: REF });
  });

  it('refuses, writing nothing: another region (404), no reason (422), decided or unchanged or raced (409)', async () => {
    const anders = maak(null);
    await expect(
      anders.uc.execute(
        { veiligheidsbeoordelingId: ID, dossierhouder: 'mw-1' },
        { gebruiker: { sub: 'lg-1', regio: 'VR17' } },
      ),
    ).rejects.toThrow(NotFoundException);
    const zonderReden = maak('mw-1');
    await expect(
      zonderReden.uc.execute({ veiligheidsbeoordelingId: ID, dossierhouder: 'mw-2' }, ctx),
    ).rejects.toThrow(RegelOvertreding);
    const besloten = maak('mw-1', 'besloten');
    await expect(
      besloten.uc.execute({ veiligheidsbeoordelingId: ID, dossierhouder: 'mw-2', reden: 'r' }, ctx),
    ).rejects.toThrow(ConflictException);
    const zelfde = maak('mw-1');
    await expect(
      zelfde.uc.execute({ veiligheidsbeoordelingId: ID, dossierhouder: 'mw-1' }, ctx),
    ).rejects.toThrow(ConflictException);
    const race = maak(null);
    race.repo.gelukt = false;
    await expect(
      race.uc.execute({ veiligheidsbeoordelingId: ID, dossierhouder: 'mw-1' }, ctx),
    ).rejects.toThrow(ConflictException);
    for (const f of [anders, zonderReden, besloten, zelfde, race]) expect(f.repo.geschreven).toEqual([]);
    expect([...zonderReden.kluis.verzoeken, ...besloten.kluis.verzoeken]).toEqual([]);
  });
});
