import { Werkdagkalender } from '@vt/werkdagen';
import { readStream, until } from '@vt/testing';
import { melding, nieuwHuishouden } from './src/fixtures';
import { type Platform, startPlatform } from './src/platform';

/**
 * Issue 9 proof: a report flows through the assessment's three steps (VT-7.4-a) to its decision, and the
 * decision takes effect downstream: an `onderzoek` opens investigation's trajectory (VT-7.4.3-b, VT-10.2-a),
 * an `overdracht` closes intake's file (VT-11.3.1-c).
 */
describe('report → safety assessment → decision → the next phase', () => {
  let p: Platform;
  const kalender = new Werkdagkalender();

  beforeAll(async () => {
    p = await startPlatform('besluit');
  }, 120_000);

  afterAll(async () => p?.stop(), 60_000);

  async function call(
    service: 'intake' | 'assessment' | 'investigation',
    method: string,
    path: string,
    body?: unknown,
  ) {
    const res = await fetch(`${p.url(service)}/api/v1${path}`, {
      method,
      headers: {
        authorization: `Bearer ${await p.token('VR09', ['medewerker'])}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return {
      status: res.status,
      body: (await res.json()) as Record<string, unknown> & Record<string, unknown>[],
    };
  }

  /** A new report's assessment, once assessment consumed the report. */
  async function beoordeling() {
    const ontvangen = await call('intake', 'POST', '/meldingen', melding(nieuwHuishouden()));
    expect(ontvangen.status).toBe(201);
    const dossierId = ontvangen.body.dossierId as string;
    const [b] = await until(async () => {
      const r = await call('assessment', 'GET', `/veiligheidsbeoordelingen?dossierId=${dossierId}`);
      return (r.body as unknown[]).length ? (r.body as unknown as { id: string }[]) : undefined;
    });
    return { id: b.id, dossierId };
  }

  const besluit = (overrides: Record<string, unknown>) => ({
    geconsulteerd: ['e2e-gedragswetenschapper'],
    expertise: ['gedragswetenschapper'],
    motivering: {
      betrokkenInformatie: 'de melding, de informatie van het lokale team en het gesprek met de ouders',
      gewogenBelangen: 'de veiligheid van de kinderen weegt zwaarder dan de wens van de ouders',
    },
    ...overrides,
  });

  it('VT-7.4-a / VT-7.4.3-b / VT-10.2-a: information, appraisal and a decision onderzoek open an Onderzoek due 10 weeks after the decision', async () => {
    const b = await beoordeling();
    const info = await call('assessment', 'POST', `/veiligheidsbeoordelingen/${b.id}/informatie`, {
      bron: 'lokaal-team',
      soort: 'wat',
      voorContactMetDirectbetrokkenen: true,
      feit: 'Het gezin is bekend bij het lokale team.',
    });
    expect(info.status).toBe(201);
    const taxatie = await call('assessment', 'POST', `/veiligheidsbeoordelingen/${b.id}/taxatie`, {
      acuteOnveiligheid: true,
      structureleOnveiligheid: true,
      multiproblematiek: true,
      bevestigingNodig: true,
      risicofactoren: ['eerder huiselijk geweld'],
    });
    expect(taxatie).toMatchObject({ status: 200, body: { geindiceerdBesluit: 'onderzoek' } });

    const res = await call(
      'assessment',
      'POST',
      `/veiligheidsbeoordelingen/${b.id}/besluit`,
      besluit({ besluit: 'onderzoek' }),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      besluit: 'onderzoek',
      verantwoordelijke: 'veilig-thuis',
      afgeweken: false,
    });

    const trajecten = await until(async () => {
      const r = await call('investigation', 'GET', `/trajecten?dossierId=${b.dossierId}`);
      return (r.body as unknown[]).length ? (r.body as unknown as Record<string, unknown>[]) : undefined;
    });
    const besluitdatum = kalender.datumInAmsterdam(res.body.beslotenOp as string);
    expect(trajecten).toEqual([
      expect.objectContaining({
        dossierId: b.dossierId,
        dienst: 'onderzoek',
        status: 'lopend',
        gestartOp: res.body.beslotenOp,
        uiterlijk: kalender.plusWeken(besluitdatum, 10),
      }),
    ]);
    const assessmentRead = await call(
      'assessment',
      'GET',
      `/veiligheidsbeoordelingen?dossierId=${b.dossierId}`,
    );
    expect(assessmentRead.body[0]).toMatchObject({ status: 'besloten', besluit: 'onderzoek' });
    // The file stays running: Veilig Thuis itself continues.
    expect((await call('intake', 'GET', `/dossiers/${b.dossierId}`)).body).toMatchObject({
      status: 'lopend',
    });

    // The events on the stream: the decision, the takeover of oversight, the trajectory, all without text.
    const stream = await until(async () => {
      const berichten = (await readStream(p.messaging.VT_STREAM)).filter((m) => m.data.includes(b.dossierId));
      return berichten.some((m) => m.subject.endsWith('investigation.traject-gestart'))
        ? berichten
        : undefined;
    });
    const subjects = stream.map((m) => m.subject.split('.').slice(-2).join('.'));
    expect(subjects).toEqual(
      expect.arrayContaining([
        'assessment.veiligheidsbeoordeling-besloten',
        'assessment.zicht-op-veiligheid-overgenomen',
        'investigation.traject-gestart',
      ]),
    );
    expect(stream.map((m) => m.data).join('\n')).not.toMatch(/lokale team|ouders|huiselijk geweld/);
  });

  it('VT-11.3.1-c: a decision overdracht closes the file: intake shows it afgesloten, and no trajectory opens', async () => {
    const b = await beoordeling();
    await call('assessment', 'POST', `/veiligheidsbeoordelingen/${b.id}/taxatie`, {
      acuteOnveiligheid: false,
      structureleOnveiligheid: true,
      multiproblematiek: false,
      verdereBetrokkenheidNodig: false,
      risicofactoren: [],
    });
    const res = await call(
      'assessment',
      'POST',
      `/veiligheidsbeoordelingen/${b.id}/besluit`,
      besluit({ besluit: 'overdracht', overdrachtspartij: 'lokaal-team' }),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ verantwoordelijke: 'lokaal-team', dossierAfgesloten: true });

    const dossier = await until(async () => {
      const r = await call('intake', 'GET', `/dossiers/${b.dossierId}`);
      return r.body.status === 'afgesloten' ? r.body : undefined;
    });
    expect(dossier).toMatchObject({ status: 'afgesloten', afgeslotenOp: res.body.beslotenOp });
    expect((await call('investigation', 'GET', `/trajecten?dossierId=${b.dossierId}`)).body).toEqual([]);
    // A second decision on the closed file is refused.
    const opnieuw = await call(
      'assessment',
      'POST',
      `/veiligheidsbeoordelingen/${b.id}/besluit`,
      besluit({ besluit: 'onderzoek' }),
    );
    expect(opnieuw.status).toBe(422);
  });
});
