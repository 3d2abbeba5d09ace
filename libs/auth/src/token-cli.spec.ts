import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { transformFileSync } from '@swc/core';
import { decodeJwt } from 'jose';

// tools/token.ts has no Jest project; it is compiled the way `npm run build` does and run as `node …/token.js`.
const REPO = join(__dirname, '..', '..', '..');
const SECRET = 'cli-secret-cli-secret-cli-secret-cli-1';

function compileer(naar: string): void {
  const bestanden = ['tools/token.ts'];
  for (const lib of ['libs/auth/src']) {
    for (const f of readdirSync(join(REPO, lib)))
      if (f.endsWith('.ts') && !f.includes('.spec.')) bestanden.push(`${lib}/${f}`);
  }
  for (const bestand of bestanden) {
    const { code } = transformFileSync(join(REPO, bestand), {
      swcrc: false,
      filename: join(REPO, bestand),
      jsc: {
        target: 'es2022',
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        baseUrl: REPO,
        paths: { '@vt/auth': ['libs/auth/src/index.ts'] },
      },
      module: { type: 'commonjs' },
    });
    const doel = join(naar, bestand.replace(/\.ts$/, '.js'));
    mkdirSync(dirname(doel), { recursive: true });
    writeFileSync(doel, code);
  }
  writeFileSync(join(naar, 'nx.json'), '{}');
}

describe('tools/token.ts (compiled, as a process)', () => {
  let root: string;
  const draai = (args: string[], env: Record<string, string> = {}) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [join(root, 'tools', 'token.js'), ...args],
        {
          cwd: tmpdir(),
          env: { PATH: process.env.PATH ?? '', NODE_PATH: join(REPO, 'node_modules'), ...env },
        },
        (err, stdout, stderr) => resolve({ code: err ? Number(err.code) : 0, stdout, stderr }),
      );
    });

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'vt-token-'));
    compileer(root);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('prints only the token, from AUTH_JWT_SECRET', async () => {
    const uit = await draai(
      ['--regio', 'vr09', '--rol', 'medewerker', '--rol', 'leidinggevende', '--sub', 'emp-1', '--ttl', '60'],
      {
        AUTH_JWT_SECRET: SECRET,
      },
    );
    expect(uit).toMatchObject({ code: 0, stderr: '' });
    expect(uit.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    const claims = decodeJwt(uit.stdout.trim());
    expect(claims).toMatchObject({
      sub: 'emp-1',
      regio: 'VR09',
      rollen: ['medewerker', 'leidinggevende'],
      iss: 'vt-dev',
    });
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(60);
  });

  it('falls back to .data/dev-jwt-secret in the repository root, and says what to do without either', async () => {
    const zonder = await draai(['--regio', 'VR01', '--rol', 'auditor']);
    expect(zonder.code).toBe(1);
    expect(zonder.stdout).toBe('');
    expect(zonder.stderr).toMatch(/set AUTH_JWT_SECRET, or run `npm start`/);

    mkdirSync(join(root, '.data'), { recursive: true });
    writeFileSync(join(root, '.data', 'dev-jwt-secret'), SECRET);
    const met = await draai(['--regio', 'VR01', '--rol', 'auditor']);
    expect(met.code).toBe(0);
    expect(decodeJwt(met.stdout.trim())).toMatchObject({
      regio: 'VR01',
      rollen: ['auditor'],
      sub: 'dev-medewerker',
    });
  });

  it.each([
    [['--rol', 'medewerker'], /--regio is required/],
    [['--regio', 'VR09'], /at least one --rol/],
    [['--regio', 'VR09', '--rol', 'piloot'], /unknown --rol piloot/],
    [['--regio', 'VR26', '--rol', 'jurist'], /unknown regio/],
    [['--regio', 'VR09', '--rol', 'jurist', '--ttl', 'abc'], /--ttl must be a whole number/],
    [['--regio', 'VR09', '--rol', 'jurist', '--ttl', '0'], /--ttl must be a whole number/],
    [['--onbekend'], /Unknown option/],
  ])('exits 2 with usage for %j', async (args, melding) => {
    const uit = await draai(args, { AUTH_JWT_SECRET: SECRET });
    expect(uit.code).toBe(2);
    expect(uit.stdout).toBe('');
    expect(uit.stderr).toMatch(melding);
    expect(uit.stderr).toContain('usage:');
  });
});
