import { defineEvent, type EventDefinition, type ServiceNaam } from '../event-definition';
import { instant, regio, uuid } from '../schema-fragments';

/** `<service>.dossier-afgesloten`: the service that held the file last closed its processing of it. */
export interface DossierAfgeslotenV1 {
  dossierId: string;
  regio: string;
  afgeslotenOp: string;
}

/** One shape for every service that can close a file; the privacy service starts the retention from it. */
export function dossierAfgeslotenDefinitie(service: ServiceNaam): EventDefinition<DossierAfgeslotenV1> {
  return defineEvent<DossierAfgeslotenV1>({
    service,
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
        afgeslotenOp: '2026-09-30T12:00:00.000Z',
      },
    ],
  });
}
