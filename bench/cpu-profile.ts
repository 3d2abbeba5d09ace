import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';

/**
 * Preloaded with `--require` when BENCH_CPU_PROF=<dir> (NODE_OPTIONS refuses --cpu-prof): profiles this
 * process from SIGWINCH (sent by the bench when the measured runs start, so start-up stays out; Nest's
 * shutdown hooks take SIGUSR2) until it stops, into `<dir>/<BENCH_PROFILE_NAME>.cpuprofile`.
 */
const map = process.env.BENCH_CPU_PROF;
if (map) {
  const session = new Session();
  session.connect();
  let loopt = false;
  process.once('SIGWINCH', () => {
    session.post('Profiler.enable');
    session.post('Profiler.start');
    loopt = true;
  });
  const schrijf = () => {
    if (!loopt) return;
    loopt = false;
    // On the main thread the inspector answers synchronously, so this completes inside an exit handler.
    session.post('Profiler.stop', (err, uit) => {
      const naam = process.env.BENCH_PROFILE_NAME ?? String(process.pid);
      if (!err) writeFileSync(join(map, `${naam}.cpuprofile`), JSON.stringify(uit.profile));
    });
  };
  process.once('exit', schrijf);
  // Nest's shutdown hook ends the process by re-raising SIGTERM, which never emits 'exit'.
  process.once('SIGTERM', schrijf);
}
