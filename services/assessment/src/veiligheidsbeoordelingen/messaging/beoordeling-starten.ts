import { randomUUID } from 'node:crypto';
import { veiligheidsbeoordelingGestartV1, zichtOpVeiligheidOvergenomenV1 } from '@vt/contracts';
import type { Clock } from '@vt/platform';
import type { Outbox } from '@vt/messaging';
import type { SqlTransactie } from '@vt/persistence';
import { overnameBijStart } from '../../termijnbewaking/domain/zicht-op-veiligheid';
import type { Indicatoren } from '../../werkvoorraad/domain/indicatoren';
import { termijnenVanMelding } from '../domain/termijnen';
import type { Veiligheidsbeoordeling } from '../persistence/veiligheidsbeoordeling.entity';
import type { VeiligheidsbeoordelingRepository } from '../persistence/veiligheidsbeoordeling.repository';

/** A report that leads to a safety assessment, as intake announced it. */
export interface TeBeoordelenMelding {
  meldingId: string;
  dossierId: string;
  regio: string;
  ontvangenOp: string;
  spoed: boolean;
  veiligheidsbeoordelingUiterlijk: string;
  zichtOpVeiligheidUiterlijk: string;
}

/** What starting an assessment needs of a handler's injected providers. */
export interface StartDeps {
  beoordelingen: VeiligheidsbeoordelingRepository;
  outbox: Outbox;
  clock: Clock;
}

/**
 * VT-6.9-a: opens the safety assessment of a report taken into treatment, with intake's deadlines and the
 * worklist's indicators, and announces it, in the inbox transaction of the event that brought the report.
 * VT-7.3-a: an urgent report's takeover of oversight commits with the assessment, so it is announced once.
 */
export async function startBeoordeling(
  deps: StartDeps,
  tx: SqlTransactie,
  m: TeBeoordelenMelding,
  herbeoordeling: boolean,
  indicatoren: Indicatoren,
): Promise<void> {
  const termijnen = termijnenVanMelding(m);
  const gestartOp = deps.clock.now();
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
    ...indicatoren,
    dossierhouder: null,
    toegewezenOp: null,
    termijnOverschredenOp: null,
    zichtOvergenomenOp: overname?.overgenomenOp ?? null,
    zichtGrond: overname?.grond ?? null,
  };
  const bericht = deps.outbox.bericht(veiligheidsbeoordelingGestartV1, {
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
  const overgenomen =
    overname &&
    deps.outbox.bericht(zichtOpVeiligheidOvergenomenV1, {
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
  await deps.beoordelingen.start(tx, beoordeling, overgenomen ? [bericht, overgenomen] : [bericht]);
}
