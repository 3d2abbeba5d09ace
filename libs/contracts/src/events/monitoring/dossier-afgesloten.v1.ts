import { defineEvent } from '../../event-definition';
import { instant, regio, uuid } from '../../schema-fragments';

/**
 * Veilig Thuis's involvement with a file ended after monitoring (§13, §15.3.2): a later report about its
 * people opens a new file that lists this one (a re-report, VT-B1-b).
 */
export interface MonitoringDossierAfgeslotenV1 {
  dossierId: string;
  regio: string;
  afgeslotenOp: string;
}

export const monitoringDossierAfgeslotenV1 = defineEvent<MonitoringDossierAfgeslotenV1>({
  service: 'monitoring',
  gebeurtenis: 'dossier-afgesloten',
  versie: 1,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['dossierId', 'regio', 'afgeslotenOp'],
    properties: { dossierId: uuid, regio, afgeslotenOp: instant },
  },
  examples: [
    {
      dossierId: '0c9e7d52-8a4b-4f1e-b3d6-2a7f9c5e1b48',
      regio: 'VR09',
      afgeslotenOp: '2027-05-11T09:00:00.000Z',
    },
  ],
});
