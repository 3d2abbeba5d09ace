import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** CPU time (user + system, ms) of a process from /proc, or undefined off Linux or after it exited. */
export function cpuMs(pid: number): number | undefined {
  try {
    // Fields after the command name: utime and stime are the 12th and 13th, in clock ticks (100 Hz on Linux).
    const velden = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(velden[11]) + Number(velden[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

/** Resident memory (MB) of a process, or undefined when it is gone. */
export function rssMb(pid: number): number | undefined {
  try {
    const regel = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return regel ? Number(regel[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** The machine's CPU time in ms: busy (everything but idle and iowait) and the hypervisor's steal. */
export function machineTijd(): { totaal: number; bezet: number; steal: number } | undefined {
  if (!existsSync('/proc/stat')) return undefined;
  // cpu user nice system idle iowait irq softirq steal ...
  const v = readFileSync('/proc/stat', 'utf8')
    .split('\n')[0]
    .trim()
    .split(/\s+/)
    .slice(1, 9)
    .map((t) => Number(t) * 10);
  const totaal = v.reduce((a, b) => a + b, 0);
  return { totaal, bezet: totaal - v[3] - v[4], steal: v[7] };
}

function cmdlines(): [number, string][] {
  if (!existsSync('/proc')) return [];
  const uit: [number, string][] = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      uit.push([Number(d), readFileSync(`/proc/${d}/cmdline`, 'utf8').replace(/\0/g, ' ')]);
    } catch {
      // exited meanwhile
    }
  }
  return uit;
}

/**
 * PostgreSQL's processes that work for `database`: its backends and the shared background processes
 * (WAL writer, checkpointer…), not the backends other people's tests have open on the same server.
 */
export function postgresPids(database: string): number[] {
  return cmdlines()
    .filter(([, cmd]) => /^(\S*\/)?postgres\b/.test(cmd))
    .filter(([, cmd]) => !/\d+\.\d+\.\d+\.\d+\(\d+\)|\[local\]/.test(cmd) || cmd.includes(` ${database} `))
    .map(([pid]) => pid);
}

export function natsServerPids(): number[] {
  return cmdlines()
    .filter(([, cmd]) => /(^|\/)nats-server\b/.test(cmd))
    .map(([pid]) => pid);
}

/** CPU time (ms) per pid, per group (a service, PostgreSQL, …), read at one moment. */
export type CpuStand = Map<string, Map<number, number>>;

export function cpuStand(groepen: [string, number[]][]): CpuStand {
  const stand: CpuStand = new Map();
  for (const [naam, pids] of groepen) {
    const perPid = new Map<number, number>();
    for (const pid of pids) {
      const ms = cpuMs(pid);
      if (ms !== undefined) perPid.set(pid, ms);
    }
    stand.set(naam, perPid);
  }
  return stand;
}

/** CPU ms per group between two readings; a pid that appeared in between counts from its start. */
export function cpuVerschil(voor: CpuStand, na: CpuStand): Map<string, number> {
  const uit = new Map<string, number>();
  for (const [naam, perPid] of na) {
    let delta = 0;
    for (const [pid, ms] of perPid) delta += ms - (voor.get(naam)?.get(pid) ?? 0);
    uit.set(naam, delta);
  }
  return uit;
}
