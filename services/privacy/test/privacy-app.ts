import { createServiceApp } from '@vt/platform';
import type { ServiceLader } from '@vt/testing';

/** The privacy app, imported once the test environment is set. */
export const laadPrivacy: ServiceLader = async () => {
  const { PrivacyModule, PRIVACY_SERVICE } = await import('../src/privacy.module');
  return createServiceApp(PrivacyModule, PRIVACY_SERVICE);
};
