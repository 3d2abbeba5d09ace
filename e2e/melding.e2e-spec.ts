import { execFileSync } from 'node:child_process';
import { query, readStream, until } from '@vt/testing';
import { kanarie, leakForms, melding, nieuwHuishouden } from './src/fixtures';
import { type Platform, startPlatform } from './src/platform';

describe('every kind of report: a running file joined, an anonymous report taken on, the reporter kept hidden', () => {
  let p: Platform;
  let medewerker: string;
  let leidinggevende: string;

  beforeAll(async () => {
    p = await startPlatform('melding');
    medewerker = await p.token('VR09', ['medewerker']);
    leidinggevende = await p.token('VR09', ['leidinggevende']);
  }, 120_000);

  afterAll(async () => p?.stop(), 60_000);

  async function post(path: string, body: unknown, token = medewerker) {
    const res = await fetch(`${p.url('intake')}/api/v1${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }
  const beoordelingen = (dossierId: unknown, aantal: number) =>
    until(async () => {
      const res = await fetch(
        `${p.url('assessment')}/api/v1/veiligheidsbeoordelingen?dossierId=${dossierId}`,
        {
          headers: { authorization: `Bearer ${medewerker}` },
        },
      );
      const lijst = (await res.json()) as { meldingIds: string[]; herbeoordeling: boolean }[];
      return lijst.length === aantal ? lijst : undefined;
    }, 20_000);

  const huishouden = nieuwHuishouden();
  /** The anonymous reporter: his name and what was agreed with him carry a canary of their own. */
  const anoniem = kanarie();
  let dossierId: unknown;

  it('VT-6.6-a / VT-6.6-b: a report by an anonymous professional about a household with a running file joins it and opens a re-assessment', async () => {
    const eerste = await post('/meldingen', melding(huishouden));
    expect(eerste.status).toBe(201);
    dossierId = eerste.body.dossierId;
    await beoordelingen(dossierId, 1);

    const tweede = await post(
      '/meldingen',
      melding(huishouden, {
        melder: {
          type: 'professional',
          naam: `${anoniem}Naam`,
          telefoon: '0201234567',
          instelling: `${anoniem}Huisartsenpraktijk`,
          meldcodePlichtig: true,
          meldcodeStappenBesproken: true,
        },
        anonimiteit: 'tov-directbetrokkenen',
        anonimiteitsgrond: 'bedreiging-melder',
        gevolgenAnonimiteitBesproken: true,
        afspraken: { zichtOpVeiligheidBij: 'veilig-thuis', communicatie: `bel ${anoniem}Naam op het werk` },
      }),
    );
    expect(tweede.status).toBe(201);
    expect(tweede.body).toMatchObject({ dossierId, lopendDossier: true });
    const lijst = await beoordelingen(dossierId, 2);
    expect(lijst.map((b) => b.herbeoordeling)).toEqual([false, true]);
    expect(lijst[1].meldingIds).toEqual([tweede.body.meldingId]);
  });

  it('VT-6.5.2-a: a report anonymous towards Veilig Thuis waits; once a leidinggevende takes it on, assessment opens its re-assessment', async () => {
    const res = await post(
      '/meldingen',
      melding(huishouden, { melder: { type: 'omstander' }, anonimiteit: 'tov-veilig-thuis' }),
    );
    expect(res.body).toMatchObject({ dossierId, status: 'niet-in-behandeling' });
    expect((await post(`/meldingen/${res.body.meldingId}/in-behandeling`, { motivering: 'x' })).status).toBe(
      403,
    );
    const besluit = await post(
      `/meldingen/${res.body.meldingId}/in-behandeling`,
      { motivering: 'gegrond vermoeden van acute onveiligheid' },
      leidinggevende,
    );
    expect(besluit.status).toBe(200);
    const lijst = await beoordelingen(dossierId, 3);
    expect(lijst[2]).toMatchObject({ meldingIds: [res.body.meldingId], herbeoordeling: true });
  });

  it("VT-6.5.1-d / VT-15.6-a: the anonymous reporter's name is nowhere outside the vault's niet-ter-inzage part", async () => {
    // NO BASELINE: the vault holds the reporter, in the niet-ter-inzage part.
    const [melder] = await query<{ niet_ter_inzage: boolean }>(
      p.db.url,
      `select p.niet_ter_inzage from privacy.persoon p
        join intake.melding m on m.melder_ref = p.persoon_ref
       where m.anonimiteit = 'tov-directbetrokkenen' and m.dossier_id = $1`,
      [dossierId],
    );
    expect(melder).toEqual({ niet_ter_inzage: true });
    const afspraken = await query<{ niet_ter_inzage: boolean }>(
      p.db.url,
      `select niet_ter_inzage from privacy.aantekening where dossier_id = $1 and soort = 'melding.afspraken.communicatie'`,
      [dossierId],
    );
    expect(afspraken).toEqual([{ niet_ter_inzage: true }]);

    const dump = execFileSync(
      'pg_dump',
      ['--data-only', '--no-owner', '--schema=intake', '--schema=assessment', '--schema=privacy', p.db.url],
      { maxBuffer: 256 * 1024 * 1024 },
    ).toString();
    expect(dump).toContain('COPY intake.melding');
    expect(dump).toContain('COPY assessment.veiligheidsbeoordeling');
    const stream = (await readStream(p.messaging.VT_STREAM))
      .map((m) => `${m.subject} ${m.data} ${JSON.stringify(m.headers)}`)
      .join('\n');
    expect(stream).toContain('melding-in-behandeling-genomen');
    const logs = Object.values(p.services)
      .map((s) => s.output())
      .join('\n');
    const traces = p.otlp.raw.join('\n');
    for (const form of leakForms(anoniem)) {
      for (const [surface, tekst] of Object.entries({ dump, stream, logs, traces })) {
        expect({ surface, leaked: tekst.includes(form) }).toEqual({ surface, leaked: false });
      }
    }
  });
});
