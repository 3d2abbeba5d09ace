import type { Rol } from '@vt/auth';
import { createServiceApp } from '@vt/platform';
import { createServiceTestApp, type ServiceLader, type ServiceTestApp, TEST_SUB } from '@vt/testing';

/** The employee (`sub`) of every token `IntakeMetKluis.token` makes. */
export const TEST_MEDEWERKER = TEST_SUB;

export interface IntakeMetKluis extends Pick<ServiceTestApp, 'app' | 'db' | 'stop' | 'env'> {
  /** A development token of `TEST_MEDEWERKER` with these roles in this region (VR13 by default). */
  token(rollen: Rol[], regio?: string): Promise<string>;
  /** Stops the privacy service, so the vault answers nobody (`stop` copes with it being stopped). */
  stopKluis(): Promise<void>;
}

/** The intake app, imported once the test environment is set. */
export const laadIntake: ServiceLader = async () => {
  const { IntakeModule, INTAKE_SERVICE } = await import('../src/intake.module');
  return createServiceApp(IntakeModule, INTAKE_SERVICE);
};

/**
 * Intake in this process on a throwaway database and stream, with the privacy service as a real process
 * beside it: reports go through the vault over real NATS, as in production.
 */
export async function startIntakeMetKluis(label: string): Promise<IntakeMetKluis> {
  const intake = await createServiceTestApp(laadIntake, { label, regio: 'VR13', naast: ['privacy'] });
  return { ...intake, stopKluis: () => intake.stopNaast('privacy') };
}
