import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { devSecrets } from '@vt/testing';
import { REPO_ROOT } from './infra';

/** Development secrets kept under .data/ so tokens stay valid across restarts; never for production. */
export function loadDevSecrets(): Record<string, string> {
  const dir = join(REPO_ROOT, '.data');
  const file = join(dir, 'dev-secrets.json');
  mkdirSync(dir, { recursive: true });
  if (!existsSync(file)) writeFileSync(file, JSON.stringify(devSecrets(), null, 2), { mode: 0o600 });
  const secrets = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  writeFileSync(join(dir, 'dev-jwt-secret'), secrets.AUTH_JWT_SECRET, { mode: 0o600 });
  return secrets;
}
