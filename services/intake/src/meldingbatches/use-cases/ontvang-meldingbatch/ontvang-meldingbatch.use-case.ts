import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Gebruiker } from '@vt/auth';
import { Clock, type IdempotentieClaim, type Problem, ProblemDetailsFilter } from '@vt/platform';
import { Werkdagkalender } from '@vt/werkdagen';
import { uuidVoor } from '../../../meldingen/domain/stabiel-id';
import { deelVan, type GetoetstItem, toetsBatchitem } from '../../domain/batchitem';
import { MeldingbatchRepository, type NieuwItem } from '../../persistence/meldingbatch.repository';
import { BatchKluisClient } from '../../privacy/batch-kluis.client';
import type { MeldingbatchAangenomen, OntvangMeldingbatchCommand } from './ontvang-meldingbatch.command';

export interface OntvangMeldingbatchContext {
  gebruiker: Pick<Gebruiker, 'sub' | 'regio'>;
  claim?: IdempotentieClaim;
}

/** Wakes the worker once the job is committed. */
export abstract class BatchWerk {
  abstract wek(): void;
}

/**
 * Accepts a police batch (§6.4) as one job: every item is checked as a single report is; the people and
 * texts of those that pass are sealed in the vault, one call per chunk; the job, its items (references,
 * codes and dates only) and its chunks are committed in one statement. The worker stores the reports.
 */
@Injectable()
export class OntvangMeldingbatch {
  private readonly problemen = new ProblemDetailsFilter();

  constructor(
    private readonly batches: MeldingbatchRepository,
    private readonly kluis: BatchKluisClient,
    private readonly kalender: Werkdagkalender,
    private readonly clock: Clock,
    private readonly werk: BatchWerk,
  ) {}

  async execute(
    command: OntvangMeldingbatchCommand,
    ctx: OntvangMeldingbatchContext,
  ): Promise<MeldingbatchAangenomen> {
    const nu = this.clock.now();
    // A retry of a request that died gets the same job, so the vault's stored replies are its own.
    const id = ctx.claim ? uuidVoor(ctx.claim.verzoekId, 'meldingbatch') : randomUUID();
    const getoetst = command.items.map((item) => this.toets(item, nu));

    const items: NieuwItem[] = getoetst.map((g, volgnummer) =>
      'probleem' in g
        ? { volgnummer, deel: deelVan(volgnummer), status: 'geweigerd', probleem: g.probleem }
        : { volgnummer, deel: deelVan(volgnummer), status: 'wachtend', gegevens: g.gegevens },
    );
    const delen = [...new Set(items.filter((i) => i.status === 'wachtend').map((i) => i.deel))];
    for (const deel of delen) {
      const wachtend = items.filter((i) => i.deel === deel && i.status === 'wachtend');
      const refs = await this.kluis.bewaar({
        verzoekId: uuidVoor(id, `bewaren.${deel}`),
        meldingbatchId: id,
        items: wachtend.map((i) => ({
          sleutel: String(i.volgnummer),
          regio: (getoetst[i.volgnummer] as GetoetstItem).gegevens.regio,
          inhoud: (getoetst[i.volgnummer] as GetoetstItem).inhoud,
        })),
      });
      wachtend.forEach((i, n) => (i.inhoudRef = refs[n]));
    }

    const geweigerd = items.filter((i) => i.status === 'geweigerd').length;
    const body: MeldingbatchAangenomen = {
      id,
      status: delen.length > 0 ? 'in-behandeling' : 'voltooid',
      aantal: items.length,
      wachtend: items.length - geweigerd,
      opgeslagen: 0,
      geweigerd,
    };
    await this.batches.bewaar(
      {
        id,
        regio: ctx.gebruiker.regio,
        aantal: items.length,
        ingediendDoor: ctx.gebruiker.sub,
        ingediendOp: nu,
      },
      items,
      delen,
      ctx.claim && { claim: ctx.claim, status: 202, body },
    );
    this.werk.wek();
    return body;
  }

  /** An item's own problem, or the one the single report's checks raise, kept as its problem. */
  private toets(
    item: OntvangMeldingbatchCommand['items'][number],
    nu: Date,
  ): GetoetstItem | { probleem: Problem } {
    if ('probleem' in item) return item;
    try {
      return toetsBatchitem(item.melding, nu, this.kalender);
    } catch (err) {
      const probleem = this.problemen.toProblem(err);
      if (probleem.status >= 500) throw err;
      return { probleem };
    }
  }
}
