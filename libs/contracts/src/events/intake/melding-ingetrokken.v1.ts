import { defineEvent } from '../../event-definition';
import { boolean, code, datum, instant, regio, uuid } from '../../schema-fragments';
import { INTREKKING_BESLUITEN, type IntrekkingBesluit } from '../../codes';

/**
 * VT-6.7-a: Veilig Thuis decided on a reporter's wish to withdraw his report: `verwijderen` (VT-6.7-b, the
 * report and its data in the vault are gone; `dossierVervallen` when it was the file's only report) or
 * `handhaven` (VT-6.7-c, the report stays, annotated).
 */
export interface MeldingIngetrokkenV1 {
  meldingId: string;
  dossierId: string;
  regio: string;
  besluit: IntrekkingBesluit;
  verzoekOp: string;
  beslotenOp: string;
  dossierVervallen: boolean;
}

export const meldingIngetrokkenV1 = defineEvent<MeldingIngetrokkenV1>({
  service: 'intake',
  gebeurtenis: 'melding-ingetrokken',
  versie: 1,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['meldingId', 'dossierId', 'regio', 'besluit', 'verzoekOp', 'beslotenOp', 'dossierVervallen'],
    properties: {
      meldingId: uuid,
      dossierId: uuid,
      regio,
      besluit: code(INTREKKING_BESLUITEN),
      verzoekOp: datum,
      beslotenOp: instant,
      dossierVervallen: boolean,
    },
  },
  examples: [
    {
      meldingId: '7e2d4c1a-9b8f-4a6e-8d3c-5f1b0a2e9c74',
      dossierId: '0c9e7d52-8a4b-4f1e-b3d6-2a7f9c5e1b48',
      regio: 'VR09',
      besluit: 'verwijderen',
      verzoekOp: '2026-03-04',
      beslotenOp: '2026-03-05T10:00:00.000Z',
      dossierVervallen: true,
    },
    {
      meldingId: 'c3a8f1d6-2b4e-4c7a-9e5d-1f8b6a0c3d27',
      dossierId: '3f6b2a9d-1e7c-4d5b-a8f0-9c2e4b7d1a65',
      regio: 'VR17',
      besluit: 'handhaven',
      verzoekOp: '2026-04-15',
      beslotenOp: '2026-04-16T08:30:00.000Z',
      dossierVervallen: false,
    },
  ],
});
