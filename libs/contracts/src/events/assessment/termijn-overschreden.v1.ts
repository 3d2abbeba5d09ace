import { defineEvent } from '../../event-definition';
import { code, datum, instant, regio, uuid } from '../../schema-fragments';

/** The deadlines of a safety assessment the scheduler watches. */
export const BEOORDELING_TERMIJNEN = ['veiligheidsbeoordeling'] as const;

/**
 * VT-7.2-a, VT-1.3-l: an open safety assessment passed its legal deadline. Emitted once per assessment; the
 * assessment stays workable, and its decision then needs an explanation of why more time was needed.
 */
export interface TermijnOverschredenV1 {
  veiligheidsbeoordelingId: string;
  dossierId: string;
  regio: string;
  termijn: (typeof BEOORDELING_TERMIJNEN)[number];
  uiterlijk: string;
  vastgesteldOp: string;
}

export const termijnOverschredenV1 = defineEvent<TermijnOverschredenV1>({
  service: 'assessment',
  gebeurtenis: 'termijn-overschreden',
  versie: 1,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['veiligheidsbeoordelingId', 'dossierId', 'regio', 'termijn', 'uiterlijk', 'vastgesteldOp'],
    properties: {
      veiligheidsbeoordelingId: uuid,
      dossierId: uuid,
      regio,
      termijn: code(BEOORDELING_TERMIJNEN),
      uiterlijk: datum,
      vastgesteldOp: instant,
    },
  },
  examples: [
    {
      veiligheidsbeoordelingId: '5b0f6a2e-3c1d-4e8a-9f27-6d4c8b1a0e93',
      dossierId: '0c9e7d52-8a4b-4f1e-b3d6-2a7f9c5e1b48',
      regio: 'VR09',
      termijn: 'veiligheidsbeoordeling',
      uiterlijk: '2026-03-09',
      vastgesteldOp: '2026-03-09T23:00:04.512Z',
    },
  ],
});
