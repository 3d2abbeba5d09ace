import { query, until } from '@vt/testing';
import { kanarie, melding, nieuwHuishouden } from './src/fixtures';
import { type Platform, startPlatform } from './src/platform';

/** Advice and support (§4, §5) and the ex officio report (§4.4, §5.4) across the real processes. */
describe('advice → ex officio report → safety assessment', () => {
  let p: Platform;
  let token: string;

  beforeAll(async () => {
    p = await startPlatform('advies');
    token = await p.token('VR09', ['medewerker']);
  }, 120_000);

  afterAll(async () => p?.stop(), 60_000);

  async function verzoek(
    method: 'POST' | 'GET' | 'DELETE',
    service: 'intake' | 'assessment',
    path: string,
    body?: unknown,
  ) {
    const res = await fetch(`${p.url(service)}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as Record<string, unknown> };
  }

  /** The responsible worker's ex officio decision, with the household of a new family. */
  function besluit(o: Record<string, unknown> = {}) {
    const { huishouden, zorgen } = melding(nieuwHuishouden());
    return {
      voorwaarden: {
        hoogEnAcuutRisico: true,
        onvoldoendeVeiligheid: true,
        geenOvereenstemming: true,
        persoonsgegevensBekend: true,
      },
      besprokenMetAdviesvrager: true,
      geconsulteerd: ['collega'],
      motivering: { betrokkenInformatie: `${kanarie()} signalen`, gewogenBelangen: `${kanarie()} belangen` },
      spoed: true,
      huishouden,
      zorgen,
      ...o,
    };
  }

  const naam = `${kanarie()}Adviesvrager`;
  const samenvatting = `${kanarie()} een leerkracht maakt zich zorgen over een leerling`;

  it('VT-5.4-a / VT-4.4-e / VT-6.9-a: a professional’s advice becomes an ex officio report and assessment opens a safety assessment', async () => {
    const advies = await verzoek('POST', 'intake', '/adviezen', {
      kanaal: 'telefoon',
      adviesvragerType: 'professional',
      samenvatting,
      toestemmingRegistratie: true,
      adviesvrager: { naam, telefoon: '0612345678', instelling: 'Basisschool' },
      meldcode: {
        meldcodePlichtig: true,
        stap: 'wegen-afwegingskader',
        afwegingskader: { onveiligheid: true },
      },
    });
    expect(advies.status).toBe(201);
    expect(advies.body).toMatchObject({ dossiernummer: expect.stringMatching(/^A-VR09-/) });

    const ondersteuning = await verzoek('POST', 'intake', `/adviezen/${advies.body.id}/ondersteuning`, {
      actie: 'voorbereiden-gesprek',
      toestemmingBetrokkenenBevestigd: true,
    });
    expect(ondersteuning.status).toBe(201);

    const res = await verzoek(
      'POST',
      'intake',
      `/adviezen/${advies.body.id}/ambtshalve-melding`,
      besluit({ geconsulteerd: ['collega-gedragswetenschapper'], spoed: false }),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ adviesId: advies.body.id, regio: 'VR09' });

    const beoordelingen = await until(async () => {
      const r = await verzoek(
        'GET',
        'assessment',
        `/veiligheidsbeoordelingen?dossierId=${res.body.dossierId}`,
      );
      return (r.body as unknown as unknown[]).length === 1
        ? (r.body as unknown as Record<string, unknown>[])
        : undefined;
    });
    expect(beoordelingen[0]).toMatchObject({
      dossierId: res.body.dossierId,
      meldingIds: [res.body.meldingId],
      status: 'open',
      uiterlijk: res.body.veiligheidsbeoordelingUiterlijk,
    });

    const melding2 = await verzoek('GET', 'intake', `/meldingen/${res.body.meldingId}`);
    expect(melding2.body).toMatchObject({ melderType: 'veilig-thuis', dossierId: res.body.dossierId });
    const get = await verzoek('GET', 'intake', `/adviezen/${advies.body.id}`);
    expect(get.body).toMatchObject({ meldingId: res.body.meldingId });

    // The seeker's name and the summary never leave the vault's ciphertext.
    const buitenKluis = await query<{ n: string }>(
      p.db.url,
      `select count(*) as n from (
         select payload as t from intake.outbox union all select row_to_json(a)::text from intake.advies a
         union all select payload from assessment.outbox
       ) x where t like $1 or t like $2`,
      [`%${naam}%`, `%${samenvatting.slice(0, 17)}%`],
    );
    expect(Number(buitenKluis[0].n)).toBe(0);
  });

  it('VT-3.2-d: a chat advice can never become a report', async () => {
    const advies = await verzoek('POST', 'intake', '/adviezen', {
      kanaal: 'chat',
      adviesvragerType: 'omstander',
      samenvatting: 'via de chat',
      toestemmingRegistratie: false,
    });
    expect(advies.status).toBe(201);
    const res = await verzoek('POST', 'intake', `/adviezen/${advies.body.id}/ambtshalve-melding`, besluit());
    expect(res.status).toBe(422);
    expect(res.body.type).toBe('urn:vt:VT-3.2-d');
  });
});
