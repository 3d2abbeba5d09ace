import { randomUUID } from 'node:crypto';
import type { Rol } from '@vt/auth';
import { type MeldingOntvangenV1, personenRegistrerenV1 } from '@vt/contracts';
import { RpcClient } from '@vt/messaging';
import { connectTestNats, testBsn } from '@vt/testing';
import type { AssessmentApp } from './assessment-app';

export interface Stappen {
  /** A new report's assessment, opened the real way (intake's event on the stream). */
  beoordeling(
    data?: Partial<MeldingOntvangenV1>,
  ): Promise<{ id: string; dossierId: string; meldingId: string }>;
  /** `POST /api/v1/veiligheidsbeoordelingen/{id}/{stap}` as a `medewerker` of VR09 unless told otherwise. */
  post(
    id: string,
    stap: string,
    body: unknown,
    opts?: { rollen?: Rol[]; regio?: string; headers?: Record<string, string> },
  ): ReturnType<AssessmentApp['app']['inject']>;
}

/** The steps of an assessment over HTTP, for the integration specs. */
export function stappen(assessment: AssessmentApp): Stappen {
  return {
    async beoordeling(data = {}) {
      const melding = await assessment.meldingOntvangen(data);
      const res = await assessment.app.inject({
        method: 'GET',
        url: `/api/v1/veiligheidsbeoordelingen?dossierId=${melding.dossierId}`,
        headers: { authorization: `Bearer ${await assessment.token(['medewerker'])}` },
      });
      const b = (res.json() as { id: string; meldingIds: string[] }[]).find((x) =>
        x.meldingIds.includes(melding.meldingId),
      );
      if (!b) throw new Error('no assessment opened');
      return { id: b.id, dossierId: melding.dossierId, meldingId: melding.meldingId };
    },
    async post(id, stap, body, opts = {}) {
      return assessment.app.inject({
        method: 'POST',
        url: `/api/v1/veiligheidsbeoordelingen/${id}/${stap}`,
        headers: {
          authorization: `Bearer ${await assessment.token(opts.rollen ?? ['medewerker'], opts.regio)}`,
          'content-type': 'application/json',
          ...opts.headers,
        },
        payload: JSON.stringify(body),
      });
    },
  };
}

/** People known to the vault beside the app (a parent and a child), so texts can name whom they are about. */
export async function kluisPersonen(): Promise<{ ouder: string; kind: string }> {
  const nc = await connectTestNats();
  try {
    const rpc = new RpcClient(nc, { subjectPrefix: process.env.VT_SUBJECT_PREFIX ?? '' });
    const reply = await rpc.request(personenRegistrerenV1, {
      verzoekId: randomUUID(),
      regio: 'VR09',
      personen: [
        { sleutel: 'ouder', rol: 'ouder', voornaam: 'Test', achternaam: 'Ouder', bsn: testBsn() },
        { sleutel: 'kind', rol: 'kind', voornaam: 'Test', achternaam: 'Kind', bsn: testBsn() },
      ],
    });
    const ref = (sleutel: string) => reply.personen.find((p) => p.sleutel === sleutel)?.persoonRef ?? '';
    return { ouder: ref('ouder'), kind: ref('kind') };
  } finally {
    await nc.close();
  }
}
