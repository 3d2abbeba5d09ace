import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

// The compiled logger in a real Node process: what counts is what reaches stdout when that process exits.
const LOGGER = join(__dirname, '..', '..', '..', 'dist', 'libs', 'observability', 'src', 'logger.js');
const REGELS = 2000;

const SCRIPT = `
const { createLogger } = require(process.env.VT_LOGGER);
const log = createLogger('crash');
for (let i = 0; i < ${REGELS}; i++) log.info({ i }, 'regel');
process.exit(1);
`;

describe('createLogger writes stdout asynchronously', () => {
  it('still delivers every line written before the process exits at once', async () => {
    if (!existsSync(LOGGER)) throw new Error(`${LOGGER} is missing: run \`npm run build\` first`);
    const stdout = await new Promise<string>((resolve) =>
      execFile(
        process.execPath,
        ['-e', SCRIPT],
        { env: { ...process.env, LOG_LEVEL: 'info', VT_LOGGER: LOGGER }, maxBuffer: 10_000_000 },
        (_err, out) => resolve(out),
      ),
    );
    const regels = stdout
      .trim()
      .split('\n')
      .map((r) => JSON.parse(r) as { i: number });
    expect(regels.map((r) => r.i)).toEqual([...Array(REGELS).keys()]);
  });
});
