import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * The source folder of a generator: its templates are not compiled, so `nx g`, which runs the build in
 * dist/, reads them from the source tree beside it.
 */
export function templates(generatorDir: string): string {
  let root = generatorDir;
  while (!existsSync(join(root, 'nx.json'))) {
    const up = resolve(root, '..');
    if (up === root) throw new Error('repository root (nx.json) not found');
    root = up;
  }
  return join(root, relative(root, generatorDir).replace(/^dist[\\/]/, ''));
}
