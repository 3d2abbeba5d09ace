import type { Veiligheidsbeoordeling } from './veiligheidsbeoordeling.entity';

/** An open assessment in VR09 received Monday 2 March 2026, for use-case specs. */
export function testBeoordeling(aanpassing: Partial<Veiligheidsbeoordeling> = {}): Veiligheidsbeoordeling {
  return {
    id: '5b0f6a2e-3c1d-4e8a-9f27-6d4c8b1a0e93',
    dossierId: '0c9e7d52-8a4b-4f1e-b3d6-2a7f9c5e1b48',
    regio: 'VR09',
    meldingIds: ['7e2d4c1a-9b8f-4a6e-8d3c-5f1b0a2e9c74'],
    status: 'open',
    ontvangenOp: new Date('2026-03-02T09:00:00+01:00'),
    spoed: false,
    herbeoordeling: false,
    uiterlijk: '2026-03-09',
    zichtOpVeiligheidVanaf: '2026-03-10',
    gestartOp: new Date('2026-03-02T09:00:01+01:00'),
    besluit: null,
    beslotenOp: null,
    hermelding: false,
    radar: false,
    anoniemeMelder: false,
    dossierhouder: null,
    toegewezenOp: null,
    termijnOverschredenOp: null,
    zichtOvergenomenOp: null,
    zichtGrond: null,
    ...aanpassing,
  };
}
