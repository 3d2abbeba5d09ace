import { type EntityManager, LockMode } from '@mikro-orm/core';
import { Dossier } from '../persistence/dossier.entity';

/**
 * Closes a running file when the service that held it last ends Veilig Thuis's involvement; a later report
 * on the household then opens a new file that lists this one (radar, VT-6.6-a, §15.3.2, a re-report
 * VT-B1-b). A file already closed keeps its first closing moment.
 */
export async function sluitDossier(
  em: EntityManager,
  data: { dossierId: string; regio: string; afgeslotenOp: string },
): Promise<void> {
  // Row-locked, so a report joining the file at this moment sees it either running or closed, never half.
  const dossier = await em.findOne(
    Dossier,
    { id: data.dossierId, regio: data.regio },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  if (!dossier || dossier.status === 'afgesloten') return;
  dossier.status = 'afgesloten';
  dossier.fase = 'afgesloten';
  dossier.afgeslotenOp = new Date(data.afgeslotenOp);
}
