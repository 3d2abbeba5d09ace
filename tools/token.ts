import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { isRol, mintDevToken, REGIO_CODES, ROLLEN, type Rol } from '@vt/auth';

const GEBRUIK = `Prints a development token (HS256) for the local platform.

usage: npm run token -- --regio VR09 --rol medewerker [--rol leidinggevende] [--sub emp-1] [--ttl 3600]
   or: node dist/tools/token.js --regio VR09 --rol medewerker

  --regio  region code, ${REGIO_CODES[0]} … ${REGIO_CODES[REGIO_CODES.length - 1]}
  --rol    role, repeatable: ${ROLLEN.join(', ')}
  --sub    employee id (default dev-medewerker)
  --ttl    lifetime in seconds (default 3600)

The secret is AUTH_JWT_SECRET, else .data/dev-jwt-secret (written by npm start).`;

class GebruiksFout extends Error {}

/** The repository root: the nearest folder up from here that holds nx.json (works from tools/ and dist/tools/). */
export function repoRoot(vanaf: string = __dirname): string {
  for (let map = vanaf; ; map = dirname(map)) {
    if (existsSync(join(map, 'nx.json'))) return map;
    if (dirname(map) === map) return process.cwd();
  }
}

export function leesSecret(env: NodeJS.ProcessEnv, root: string): string {
  if (env.AUTH_JWT_SECRET) return env.AUTH_JWT_SECRET;
  const bestand = join(root, '.data', 'dev-jwt-secret');
  if (existsSync(bestand)) return readFileSync(bestand, 'utf8').replace(/\r?\n$/, '');
  throw new Error(`No secret: set AUTH_JWT_SECRET, or run \`npm start\` once so that it writes ${bestand}`);
}

export async function token(argv: string[], env: NodeJS.ProcessEnv): Promise<string | undefined> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        regio: { type: 'string' },
        rol: { type: 'string', multiple: true },
        sub: { type: 'string' },
        ttl: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    throw new GebruiksFout((err as Error).message);
  }
  if (values.help) return undefined;
  if (!values.regio) throw new GebruiksFout('--regio is required');
  const rollen = values.rol ?? [];
  if (rollen.length === 0) throw new GebruiksFout('give at least one --rol');
  const onbekend = rollen.filter((rol) => !isRol(rol));
  if (onbekend.length) throw new GebruiksFout(`unknown --rol ${onbekend.join(', ')}`);
  if (values.ttl !== undefined && !/^[1-9]\d*$/.test(values.ttl)) {
    throw new GebruiksFout('--ttl must be a whole number of seconds');
  }
  try {
    return await mintDevToken(
      {
        regio: values.regio.toUpperCase(),
        rollen: rollen as Rol[],
        ...(values.sub ? { sub: values.sub } : {}),
        ...(values.ttl ? { ttlSeconds: Number(values.ttl) } : {}),
      },
      leesSecret(env, repoRoot()),
    );
  } catch (err) {
    if ((err as Error).message.startsWith('unknown regio')) throw new GebruiksFout((err as Error).message);
    throw err;
  }
}

if (require.main === module) {
  token(process.argv.slice(2), process.env).then(
    (t) => {
      // Only the token goes to stdout, so `$(npm run -s token -- …)` captures it as is.
      if (t === undefined) process.stdout.write(`${GEBRUIK}\n`);
      else process.stdout.write(`${t}\n`);
    },
    (err: unknown) => {
      const gebruik = err instanceof GebruiksFout;
      console.error(
        `token: ${err instanceof Error ? err.message : String(err)}${gebruik ? `\n\n${GEBRUIK}` : ''}`,
      );
      process.exitCode = gebruik ? 2 : 1;
    },
  );
}
