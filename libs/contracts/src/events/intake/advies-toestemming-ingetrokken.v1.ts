import { defineEvent } from '../../event-definition';
import { instant, regio, uuid } from '../../schema-fragments';

/** VT-15.5-c: the seeker withdrew his consent; his name and contact details were destroyed in the vault. */
export interface AdviesToestemmingIngetrokkenV1 {
  adviesdossierId: string;
  regio: string;
  /** The advice conversations whose seeker data went. */
  adviesIds: string[];
  ingetrokkenOp: string;
}

export const adviesToestemmingIngetrokkenV1 = defineEvent<AdviesToestemmingIngetrokkenV1>({
  service: 'intake',
  gebeurtenis: 'advies-toestemming-ingetrokken',
  versie: 1,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['adviesdossierId', 'regio', 'adviesIds', 'ingetrokkenOp'],
    properties: {
      adviesdossierId: uuid,
      regio,
      adviesIds: { type: 'array', minItems: 1, items: uuid },
      ingetrokkenOp: instant,
    },
  },
  examples: [
    {
      adviesdossierId: '8d4a2f6c-3b9e-4c1d-a7f5-0e2b6c9d1a38',
      regio: 'VR09',
      adviesIds: ['5b1e9c3a-7d2f-4e8a-9c6b-1a0d3f7e2b94', 'e7c2a9d4-1f6b-4a3e-8d0c-5b9f2e7a1c63'],
      ingetrokkenOp: '2026-06-01T08:30:00.000Z',
    },
  ],
});
