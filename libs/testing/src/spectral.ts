import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './processes';

export interface SpectralResult {
  code: string;
  message: string;
  path: (string | number)[];
  /** 0 error, 1 warning, 2 info, 3 hint. */
  severity: 0 | 1 | 2 | 3;
}

/** The NL API Design Rules ruleset every service's OpenAPI must pass (contract §1, conformance). */
export const NL_API_RULESET = join(repoRoot(), 'libs/platform/openapi/nl-api-design-rules.linter.yaml');

/** Runs the Spectral CLI on a file; exit code 1 only means "results at error severity", anything else is a crash. */
export function spectral(file: string, ruleset = NL_API_RULESET): Promise<SpectralResult[]> {
  const cli = join(repoRoot(), 'node_modules/@stoplight/spectral-cli/dist/index.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'lint', '-r', ruleset, '-f', 'json', '--quiet', file], {
      cwd: repoRoot(),
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0 && code !== 1) return reject(new Error(`spectral exited ${code}: ${err}${out}`));
      try {
        resolve(out.trim() ? (JSON.parse(out) as SpectralResult[]) : []);
      } catch {
        reject(new Error(`spectral printed no JSON: ${err}${out}`));
      }
    });
  });
}
