import { NotFoundException } from '@nestjs/common';
import type { Gebruiker } from '@vt/auth';
import type { IdempotentieClaim } from '@vt/platform';
import { toetsOpen } from '../domain/besluit-regels';
import type {
  BeoordelingStand,
  BesluitvormingRepositoryPort,
  BesluitvormingTx,
} from '../persistence/besluitvorming.repository';

/** Who takes a step of an assessment, and the request's Idempotency-Key claim when it carried one. */
export interface StapContext {
  gebruiker: Pick<Gebruiker, 'sub' | 'regio'>;
  claim?: IdempotentieClaim;
}

/** The assessment of the user's region (else 404, contract §1). */
export async function beoordelingInRegio(
  repository: BesluitvormingRepositoryPort,
  id: string,
  ctx: StapContext,
): Promise<BeoordelingStand> {
  const stand = await repository.stand(id, ctx.gebruiker.regio);
  if (!stand) throw new NotFoundException();
  return stand;
}

/** An assessment still open on a running file: its steps of §7.4 may be taken (VT-7.4-a). */
export async function openBeoordeling(
  repository: BesluitvormingRepositoryPort,
  id: string,
  ctx: StapContext,
): Promise<BeoordelingStand> {
  const stand = await beoordelingInRegio(repository, id, ctx);
  toetsOpen({ status: stand.beoordeling.status, dossierAfgesloten: stand.dossierAfgesloten });
  return stand;
}

/** The assessment locked for the transaction and checked again: a step that raced a decision is refused. */
export async function vergrendelOpen(tx: BesluitvormingTx, id: string): Promise<BeoordelingStand> {
  const stand = await tx.vergrendel(id);
  if (!stand) throw new NotFoundException();
  toetsOpen({ status: stand.beoordeling.status, dossierAfgesloten: stand.dossierAfgesloten });
  return stand;
}
