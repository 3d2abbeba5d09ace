import { randomInt, randomUUID } from 'node:crypto';
import { isBsn, type MeldingOntvangenV1 } from '@vt/contracts';

/** A random BSN that passes the 11-proef (test data only). */
export function testBsn(): string {
  for (;;) {
    const candidate = String(randomInt(100_000_000, 999_999_999));
    if (isBsn(candidate)) return candidate;
  }
}

/** The data of an `intake.melding-ontvangen` event of a new report in treatment, in VR09 (codes only). */
export function testMeldingOntvangen(overrides: Partial<MeldingOntvangenV1> = {}): MeldingOntvangenV1 {
  return {
    meldingId: randomUUID(),
    dossierId: randomUUID(),
    regio: 'VR09',
    ontvangenOp: new Date().toISOString(),
    spoed: false,
    status: 'in-behandeling',
    melderType: 'omstander',
    anonimiteit: 'geen',
    lopendDossier: false,
    veiligheidsbeoordelingUiterlijk: '2026-12-07',
    zichtOpVeiligheidUiterlijk: '2026-12-08',
    ...overrides,
  };
}
