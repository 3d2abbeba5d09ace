import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { dossierVernietigdV1, persoonVernietigdV1 } from '@vt/contracts';
import { Outbox, type OutboxBericht } from '@vt/messaging';
import { createLogger } from '@vt/observability';
import { Clock } from '@vt/platform';
import { Werkdagkalender } from '@vt/werkdagen';
import { BewaartermijnRepository } from '../bewaartermijnen/persistence/bewaartermijn.repository';
import { BEWAARTERMIJN_JOB_CONFIG, type BewaartermijnJobConfig } from './bewaartermijn-job.config';
import { SleutelDienst } from '../kluis/sleutels/sleutel-dienst';
import { VernietigingRepository } from './vernietiging.repository';

export interface SweepResultaat {
  dossiers: number;
  personen: number;
}

/**
 * The retention job (§15.3.4): destroys every file whose retention ran out, batch by batch. Each batch is
 * one transaction: the files' rows deleted, their keys destroyed, their tombstones set and their events
 * (`privacy.dossier-vernietigd`, `privacy.persoon-vernietigd`) in the outbox. So a sweep killed at any
 * point has destroyed whole batches only, each announced exactly once (the relay publishes with the event
 * id as `Nats-Msg-Id`), and the next sweep resumes with the files still `actief`. `skip locked` lets
 * replicas sweep side by side. Runs at start-up and every `PRIVACY_BEWAARTERMIJN_INTERVAL_MS`.
 */
@Injectable()
export class BewaartermijnSweep implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = createLogger('bewaartermijn-sweep');
  private timer?: NodeJS.Timeout;
  private lopend?: Promise<SweepResultaat>;
  private gestopt = false;

  constructor(
    private readonly bewaartermijnen: BewaartermijnRepository,
    private readonly vernietiging: VernietigingRepository,
    private readonly sleutels: SleutelDienst,
    private readonly outbox: Outbox,
    private readonly kalender: Werkdagkalender,
    private readonly clock: Clock,
    @Inject(BEWAARTERMIJN_JOB_CONFIG) private readonly cfg: BewaartermijnJobConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.cfg.intervalMs === 0) return;
    const start = () => {
      this.lopend ??= this.sweep()
        .catch((err: unknown) => {
          this.log.error({ err: { name: (err as Error)?.name } }, 'bewaartermijn: ronde mislukt');
          return { dossiers: 0, personen: 0 };
        })
        .finally(() => (this.lopend = undefined));
    };
    setImmediate(start);
    this.timer = setInterval(start, this.cfg.intervalMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.gestopt = true;
    clearInterval(this.timer);
    await this.lopend;
  }

  /** Destroys every file expired before today, batch by batch, with progress in the log. */
  async sweep(): Promise<SweepResultaat> {
    const totaal: SweepResultaat = { dossiers: 0, personen: 0 };
    const begin = Date.now();
    while (!this.gestopt) {
      const batch = await this.ronde();
      if (batch.dossiers === 0) break;
      totaal.dossiers += batch.dossiers;
      totaal.personen += batch.personen;
      this.log.info(
        { ...totaal, perSeconde: Math.round((totaal.dossiers * 1000) / Math.max(1, Date.now() - begin)) },
        'bewaartermijn: verlopen dossiers vernietigd',
      );
    }
    return totaal;
  }

  /** One batch in one transaction. */
  async ronde(): Promise<SweepResultaat> {
    const nu = this.clock.now();
    const vandaag = this.kalender.datumInAmsterdam(nu);
    return this.bewaartermijnen.transaction(async (tx) => {
      const verlopen = await this.bewaartermijnen.verlopen(tx, vandaag, this.cfg.batch);
      if (verlopen.length === 0) return { dossiers: 0, personen: 0 };
      const ids = verlopen.map((d) => d.dossierId);
      const { personen, keyIds } = await this.vernietiging.vernietigDossiers(tx, ids);
      // The keys before the rows' deletion commits (ADR 0023): a failed batch is retried whole.
      await this.sleutels.vernietig(keyIds, nu);
      const vernietigdOp = nu.toISOString();
      const berichten: OutboxBericht[] = [
        ...verlopen.map((d) =>
          this.outbox.bericht(dossierVernietigdV1, {
            regio: d.regio,
            subject: d.dossierId,
            time: nu,
            data: { dossierId: d.dossierId, regio: d.regio, grondslag: 'bewaartermijn', vernietigdOp },
          }),
        ),
        ...personen.map((p) =>
          this.outbox.bericht(persoonVernietigdV1, {
            regio: p.regio,
            subject: p.dossierId,
            time: nu,
            data: {
              persoonRef: p.persoonRef,
              regio: p.regio,
              grondslag: 'bewaartermijn',
              dossierId: p.dossierId,
              vernietigdOp,
            },
          }),
        ),
      ];
      await this.bewaartermijnen.markeerVernietigd(tx, ids, nu, berichten);
      return { dossiers: ids.length, personen: personen.length };
    });
  }
}
