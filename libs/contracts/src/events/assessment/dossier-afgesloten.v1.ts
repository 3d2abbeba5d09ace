import { defineEvent } from '../../event-definition';
import { code, instant, regio, uuid } from '../../schema-fragments';

export const AFSLUITREDENEN = ['overdracht', 'geen-vervolgstappen'] as const;

/**
 * Veilig Thuis's involvement with the file ended at the safety assessment's decision: a direct handover
 * (VT-11.3.1-c) or no follow-up steps (VT-7.4.3-a B, VT-7.5.2.3-a). Intake closes its file on it.
 */
export interface AssessmentDossierAfgeslotenV1 {
  dossierId: string;
  regio: string;
  veiligheidsbeoordelingId: string;
  reden: (typeof AFSLUITREDENEN)[number];
  afgeslotenOp: string;
}

export const assessmentDossierAfgeslotenV1 = defineEvent<AssessmentDossierAfgeslotenV1>({
  service: 'assessment',
  gebeurtenis: 'dossier-afgesloten',
  versie: 1,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['dossierId', 'regio', 'veiligheidsbeoordelingId', 'reden', 'afgeslotenOp'],
    properties: {
      dossierId: uuid,
      regio,
      veiligheidsbeoordelingId: uuid,
      reden: code(AFSLUITREDENEN),
      afgeslotenOp: instant,
    },
  },
  examples: [
    {
      dossierId: '3f6b2a9d-1e7c-4d5b-a8f0-9c2e4b7d1a65',
      regio: 'VR17',
      veiligheidsbeoordelingId: '9d3c1b7e-4a2f-4e6d-8b5a-0c7e2f9d1a46',
      reden: 'overdracht',
      afgeslotenOp: '2026-04-22T08:30:00.000Z',
    },
  ],
});
