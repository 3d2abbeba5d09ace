import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `node dist/bench/profile-summary.js <dir> <reports>`: where each process's CPU went while the bench
 * measured (`BENCH_CPU_PROF=<dir> npm run bench`; <reports> as it prints). Each sample is charged to the
 * nearest frame on its stack that belongs to an npm package or a project library, so Node's own work
 * (sockets, streams, timers) counts for whoever asked for it; in ms per report.
 */
interface Knoop {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profiel {
  nodes: Knoop[];
  samples: number[];
  timeDeltas: number[];
}

function groep(k: Knoop): string | undefined {
  const { url, functionName } = k.callFrame;
  if (!url) return functionName === '(garbage collector)' ? functionName : undefined;
  const pakket = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pakket) return pakket[1];
  const eigen = /dist\/((?:libs|services)\/[^/]+)/.exec(url);
  return eigen?.[1] ?? (/bench-floor\/([^/]+)/.exec(url)?.[1] || undefined);
}

const [map, aantal] = process.argv.slice(2);
const meldingen = Number(aantal);
for (const bestand of readdirSync(map).filter((b) => b.endsWith('.cpuprofile'))) {
  const p = JSON.parse(readFileSync(join(map, bestand), 'utf8')) as Profiel;
  const perId = new Map(p.nodes.map((k) => [k.id, k]));
  const ouder = new Map<number, number>();
  for (const k of p.nodes) for (const c of k.children ?? []) ouder.set(c, k.id);
  const tijd = new Map<string, number>();
  let bezig = 0;
  p.samples.forEach((id, i) => {
    if (perId.get(id)?.callFrame.functionName === '(idle)') return;
    const ms = p.timeDeltas[i] / 1000;
    bezig += ms;
    let g: string | undefined;
    for (let cur: number | undefined = id; cur !== undefined && !g; cur = ouder.get(cur))
      g = groep(perId.get(cur) as Knoop);
    const naam = g ?? 'node (no package on the stack)';
    tijd.set(naam, (tijd.get(naam) ?? 0) + ms);
  });
  process.stdout.write(`${bestand}: ${(bezig / meldingen).toFixed(2)} ms busy per report\n`);
  for (const [g, ms] of [...tijd].sort((a, b) => b[1] - a[1]).slice(0, 15))
    process.stdout.write(
      `  ${g.padEnd(40)} ${(ms / meldingen).toFixed(2).padStart(6)} ms  ${((100 * ms) / bezig).toFixed(1).padStart(5)} %\n`,
    );
}
