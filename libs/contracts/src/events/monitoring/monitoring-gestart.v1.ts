import { defineEvent } from '../../event-definition';
import { datum, regio, uuid } from '../../schema-fragments';

/** Monitoring of a file started after a handover (§13); the file keeps running (VT-6.6-a). */
export interface MonitoringGestartV1 {
  monitoringId: string;
  dossierId: string;
  regio: string;
  gestartOp: string;
}

export const monitoringGestartV1 = defineEvent<MonitoringGestartV1>({
  service: 'monitoring',
  gebeurtenis: 'monitoring-gestart',
  versie: 1,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['monitoringId', 'dossierId', 'regio', 'gestartOp'],
    properties: { monitoringId: uuid, dossierId: uuid, regio, gestartOp: datum },
  },
  examples: [
    {
      monitoringId: '9d4e2b7a-3c1f-4e8d-a6b5-2f0c7e9a1d38',
      dossierId: '0c9e7d52-8a4b-4f1e-b3d6-2a7f9c5e1b48',
      regio: 'VR09',
      gestartOp: '2026-05-11',
    },
  ],
});
