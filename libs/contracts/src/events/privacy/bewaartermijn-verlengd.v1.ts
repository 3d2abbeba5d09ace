import { defineEvent } from '../../event-definition';
import { datum, instant, regio, uuid } from '../../schema-fragments';

/** A manager extended a file's retention (VT-15.3.4.2-b); the motivation stays in the vault. */
export interface BewaartermijnVerlengdV1 {
  dossierId: string;
  regio: string;
  bewaarTot: string;
  verlengdOp: string;
}

export const bewaartermijnVerlengdV1 = defineEvent<BewaartermijnVerlengdV1>({
  service: 'privacy',
  gebeurtenis: 'bewaartermijn-verlengd',
  versie: 1,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['dossierId', 'regio', 'bewaarTot', 'verlengdOp'],
    properties: { dossierId: uuid, regio, bewaarTot: datum, verlengdOp: instant },
  },
  examples: [
    {
      dossierId: '0c9e7d52-8a4b-4f1e-b3d6-2a7f9c5e1b48',
      regio: 'VR09',
      bewaarTot: '2051-06-30',
      verlengdOp: '2046-03-02T09:15:03.870Z',
    },
  ],
});
