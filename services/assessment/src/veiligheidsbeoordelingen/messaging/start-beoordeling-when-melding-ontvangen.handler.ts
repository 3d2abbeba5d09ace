import { randomUUID } from 'node:crypto';
import {
  type MeldingOntvangenV1,
  meldingOntvangenV1,
  veiligheidsbeoordelingGestartV1,
  zichtOpVeiligheidOvergenomenV1,
} from '@vt/contracts';
import { Clock } from '@vt/platform';
import { HandlesEvent, Outbox, type ReceivedEvent, type SqlEventHandler } from '@vt/messaging';
import type { SqlTransactie } from '@vt/persistence';
import { overnameBijStart } from '../../termijnbewaking/domain/zicht-op-veiligheid';
import { indicatorenVan } from '../../werkvoorraad/domain/indicatoren';
import { termijnenVanMelding } from '../domain/termijnen';
import type { Veiligheidsbeoordeling } from '../persistence/veiligheidsbeoordeling.entity';
import { VeiligheidsbeoordelingRepository } from '../persistence/veiligheidsbeoordeling.repository';

/**
 * VT-6.9-a: every report taken into treatment opens a safety assessment; on a file that already has one
 * it is a re-assessment (VT-6.6-b). A report anonymous towards VT waits for the manager (VT-6.5.2-a), so
 * a report that joins a file whose only report still waits opens the file's first assessment, not a
 * re-assessment, although intake calls that file running.
 */
@HandlesEvent()
export class StartBeoordelingWhenMeldingOntvangen implements SqlEventHandler<MeldingOntvangenV1> {
  readonly name = 'start-beoordeling-when-melding-ontvangen';
  readonly event = meldingOntvangenV1;
  readonly transactie = 'sql';

  constructor(
    private readonly beoordelingen: VeiligheidsbeoordelingRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  async handle(tx: SqlTransactie, event: ReceivedEvent<MeldingOntvangenV1>): Promise<void> {
    const m = event.data;
    if (m.status !== 'in-behandeling') return;
    const termijnen = termijnenVanMelding(m);
    const herbeoordeling = m.lopendDossier && (await this.beoordelingen.heeftBeoordeling(tx, m.dossierId));
    const gestartOp = this.clock.now();
    const overname = overnameBijStart(m, gestartOp);
    const beoordeling: Veiligheidsbeoordeling = {
      id: randomUUID(),
      dossierId: m.dossierId,
      regio: m.regio,
      meldingIds: [m.meldingId],
      status: 'open',
      ontvangenOp: new Date(m.ontvangenOp),
      spoed: m.spoed,
      herbeoordeling,
      ...termijnen,
      gestartOp,
      besluit: null,
      beslotenOp: null,
      ...indicatorenVan(m),
      dossierhouder: null,
      toegewezenOp: null,
      termijnOverschredenOp: null,
      zichtOvergenomenOp: overname?.overgenomenOp ?? null,
      zichtGrond: overname?.grond ?? null,
    };
    const bericht = this.outbox.bericht(veiligheidsbeoordelingGestartV1, {
      regio: m.regio,
      subject: m.dossierId,
      data: {
        veiligheidsbeoordelingId: beoordeling.id,
        dossierId: m.dossierId,
        meldingId: m.meldingId,
        regio: m.regio,
        gestartOp: beoordeling.gestartOp.toISOString(),
        ...termijnen,
        herbeoordeling,
      },
    });
    // VT-7.3-a: an urgent report's takeover commits with the assessment, so it is announced exactly once.
    const overgenomen =
      overname &&
      this.outbox.bericht(zichtOpVeiligheidOvergenomenV1, {
        regio: m.regio,
        subject: m.dossierId,
        data: {
          veiligheidsbeoordelingId: beoordeling.id,
          dossierId: m.dossierId,
          regio: m.regio,
          grond: overname.grond,
          vanaf: overname.vanaf,
          overgenomenOp: overname.overgenomenOp.toISOString(),
        },
      });
    await this.beoordelingen.start(tx, beoordeling, overgenomen ? [bericht, overgenomen] : [bericht]);
  }
}
