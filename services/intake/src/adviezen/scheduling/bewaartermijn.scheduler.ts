import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { createLogger } from '@vt/observability';
import { VernietigVerlopenAdviezen } from '../use-cases/vernietig-verlopen-adviezen/vernietig-verlopen-adviezen.use-case';

const UUR_MS = 3_600_000;

/**
 * Runs the destruction of expired advice (VT-15.3.4.1-a) once an hour. Replicas may run it at once: the
 * vault's destruction is idempotent and deleting a deleted file changes nothing.
 */
@Injectable()
export class BewaartermijnScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = createLogger('advies-bewaartermijn');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(private readonly vernietig: VernietigVerlopenAdviezen) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running ??= this.pass().finally(() => (this.running = undefined));
    }, UUR_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private async pass(): Promise<void> {
    try {
      const vernietigd = await this.vernietig.execute();
      if (vernietigd > 0) this.log.info({ vernietigd }, 'expired advice files destroyed');
    } catch (err) {
      this.log.error({ err: { name: (err as Error)?.name } }, 'destroying expired advice failed; will retry');
    }
  }
}
