import { type BeforeApplicationShutdown, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { z } from 'zod';
import { createLogger } from '@vt/observability';
import { leesEnv } from '@vt/persistence';
import { BatchWerk } from '../use-cases/ontvang-meldingbatch/ontvang-meldingbatch.use-case';
import { VerwerkMeldingbatchdeel } from '../use-cases/verwerk-meldingbatchdeel/verwerk-meldingbatchdeel.use-case';

const env = z.object({
  // The safety net for chunks nobody woke this replica for: another replica's, or a restarted job's.
  VT_MELDINGBATCH_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
});

/**
 * Works through the chunks of police batches, one at a time per replica, until none is waiting; woken by
 * an accepted batch and otherwise polling. A chunk that fails (the vault did not answer) rolls back and is
 * taken again after a pause; a replica that dies mid-chunk releases it with its connection (ADR 0020).
 */
@Injectable()
export class MeldingbatchVerwerker
  extends BatchWerk
  implements OnApplicationBootstrap, BeforeApplicationShutdown
{
  private readonly log = createLogger('meldingbatch');
  private readonly pollMs = leesEnv(env, 'meldingbatch', process.env).VT_MELDINGBATCH_POLL_MS;
  private gestopt = true;
  private bezig?: Promise<void>;
  private opnieuw = false;
  private timer?: NodeJS.Timeout;

  constructor(private readonly verwerkDeel: VerwerkMeldingbatchdeel) {
    super();
  }

  onApplicationBootstrap(): void {
    this.gestopt = false;
    this.plan(0);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.gestopt = true;
    if (this.timer) clearTimeout(this.timer);
    await this.bezig;
  }

  wek(): void {
    if (this.gestopt) return;
    if (this.bezig) {
      this.opnieuw = true;
      return;
    }
    this.plan(0);
  }

  private plan(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.bezig = this.werk().finally(() => {
        this.bezig = undefined;
        if (this.gestopt) return;
        const direct = this.opnieuw;
        this.opnieuw = false;
        this.plan(direct ? 0 : this.pollMs);
      });
    }, ms);
    this.timer.unref();
  }

  private async werk(): Promise<void> {
    try {
      while (!this.gestopt && (await this.verwerkDeel.execute()));
    } catch (err) {
      // No detail: an error of the vault or the database may quote what it was given.
      this.log.warn({ err: { name: (err as Error)?.name } }, 'meldingbatch chunk failed; retried later');
    }
  }
}
