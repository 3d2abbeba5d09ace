import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { z } from 'zod';
import {
  type EventDefinition,
  termijnOverschredenV1,
  type ZichtOpVeiligheidGrond,
  zichtOpVeiligheidOvergenomenV1,
} from '@vt/contracts';
import { Outbox, type OutboxBericht } from '@vt/messaging';
import { createLogger } from '@vt/observability';
import { leesEnv, SqlExecutor, type SqlTransactie } from '@vt/persistence';
import { Clock } from '@vt/platform';
import { datumInAmsterdam } from '@vt/werkdagen';
import {
  type GeclaimdeBeoordeling,
  TermijnbewakingRepository,
} from './persistence/termijnbewaking.repository';

const env = z.object({
  /** How often a replica looks for due deadlines; 0 switches the timer off (a test drives `bewaak`). */
  VT_TERMIJNBEWAKING_INTERVAL_MS: z.coerce.number().int().min(0).max(3_600_000).default(10_000),
  VT_TERMIJNBEWAKING_BATCH: z.coerce.number().int().min(1).max(50_000).default(2_000),
});

export interface Bewaakt {
  termijnOverschreden: number;
  zichtOpVeiligheid: number;
}

/** What every event of the scheduler names: the assessment, its file and its region. */
interface Kern {
  veiligheidsbeoordelingId: string;
  dossierId: string;
  regio: string;
}

/**
 * The deadline scheduler of the safety assessment (ADR 0021): durable (what was emitted is a column of the
 * assessment), driven by the injectable Clock, and safe with any number of replicas on one database.
 * Per pass it emits `termijn-overschreden` for every open assessment past `uiterlijk` (VT-7.2-a, VT-1.3-l)
 * and `zicht-op-veiligheid-overgenomen` for every decided assessment and every 6th working day (VT-7.3-a),
 * each exactly once, through the outbox in the transaction that marks the row.
 */
@Injectable()
export class Termijnbewaking implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = createLogger('termijnbewaking');
  private readonly cfg = leesEnv(env, 'termijnbewaking', process.env);
  private timer?: NodeJS.Timeout;
  private lopend?: Promise<unknown>;

  constructor(
    private readonly termijnen: TermijnbewakingRepository,
    private readonly sql: SqlExecutor,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    if (this.cfg.VT_TERMIJNBEWAKING_INTERVAL_MS > 0) this.plan(0);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.lopend?.catch(() => undefined);
  }

  /** One pass at the Clock's now: claims and emits in batches until nothing is due. */
  async bewaak(): Promise<Bewaakt> {
    const nu = this.clock.now();
    const vandaag = datumInAmsterdam(nu);
    const t = this.termijnen;
    const bericht =
      <T>(def: EventDefinition<T>, data: (r: GeclaimdeBeoordeling) => Omit<T, keyof Kern>) =>
      (r: GeclaimdeBeoordeling) =>
        this.outbox.bericht(def, {
          regio: r.regio,
          subject: r.dossierId,
          time: nu,
          data: { veiligheidsbeoordelingId: r.id, dossierId: r.dossierId, regio: r.regio, ...data(r) } as T,
        });
    const zicht = (grond: ZichtOpVeiligheidGrond) =>
      bericht(zichtOpVeiligheidOvergenomenV1, (r) => ({
        grond,
        vanaf: r.datum,
        overgenomenOp: nu.toISOString(),
      }));
    const overschreden = bericht(termijnOverschredenV1, (r) => ({
      termijn: 'veiligheidsbeoordeling' as const,
      uiterlijk: r.datum,
      vastgesteldOp: nu.toISOString(),
    }));
    // A decision before the 6th working day was the takeover's moment, so those go first.
    const besluit = await this.alles(t.claimOvernameBijBesluit.bind(t), nu, vandaag, (rijen) =>
      rijen.map(zicht('besluit')),
    );
    let aantalOverschreden = 0;
    let aantalZesde = 0;
    await this.alles(t.claimVervallen.bind(t), nu, vandaag, (rijen) =>
      rijen.flatMap((r) => {
        aantalOverschreden += r.overschreden ? 1 : 0;
        aantalZesde += r.zesde ? 1 : 0;
        return [
          ...(r.overschreden ? [overschreden({ ...r, datum: r.uiterlijk })] : []),
          ...(r.zesde ? [zicht('zesde-werkdag')({ ...r, datum: r.zichtVanaf })] : []),
        ];
      }),
    );
    return { termijnOverschreden: aantalOverschreden, zichtOpVeiligheid: besluit + aantalZesde };
  }

  /** Claims batch after batch in its own transaction with its events, until a batch comes back empty. */
  private async alles<R>(
    claim: (tx: SqlTransactie, vandaag: string, nu: Date, max: number) => Promise<R[]>,
    nu: Date,
    vandaag: string,
    berichten: (rijen: R[]) => OutboxBericht[],
  ): Promise<number> {
    const max = this.cfg.VT_TERMIJNBEWAKING_BATCH;
    let totaal = 0;
    for (;;) {
      const n = await this.sql.transaction(async (tx) => {
        const rijen = await claim(tx, vandaag, nu, max);
        await this.termijnen.schrijf(tx, berichten(rijen));
        return rijen.length;
      });
      totaal += n;
      // Only an empty batch ends the pass: a short one may be short because another replica locked part
      // of the same candidates, and that replica may stop on its own short batch too.
      if (n === 0) return totaal;
    }
  }

  private plan(ms: number): void {
    this.timer = setTimeout(() => {
      this.lopend = this.bewaak()
        .catch((err: unknown) => this.log.error({ err }, 'deadline pass failed; retried next pass'))
        .finally(() => {
          if (this.timer) this.plan(this.cfg.VT_TERMIJNBEWAKING_INTERVAL_MS);
        });
    }, ms);
  }
}
