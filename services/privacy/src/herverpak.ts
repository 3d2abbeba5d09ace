import { createServiceApp } from '@vt/platform';
import { SleutelDienst } from './kluis/sleutels/sleutel-dienst';
import { PRIVACY_SERVICE, PrivacyModule } from './privacy.module';

/**
 * The rewrap job of a KEK rotation (ADR 0023): `node dist/services/privacy/src/herverpak.js` with the
 * service's own environment (the new KEK current, the old one in PRIVACY_KEKS_EERDER). It moves every
 * live data key to the current KEK in batches and may be stopped and started again; the vault keeps
 * serving meanwhile. When it reports 0, the old KEK can leave the configuration.
 */
async function herverpak(): Promise<void> {
  const app = await createServiceApp(PrivacyModule, PRIVACY_SERVICE);
  try {
    const batch = Number(process.env.PRIVACY_HERVERPAK_BATCH ?? 500);
    const aantal = await app.get(SleutelDienst).herverpak(batch);
    process.stdout.write(`${JSON.stringify({ herverpakt: aantal })}\n`);
  } finally {
    await app.close();
  }
}

herverpak().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
