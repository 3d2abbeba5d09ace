import type { EventDefinition } from './event-definition';
import { termijnOverschredenV1 } from './events/assessment/termijn-overschreden.v1';
import { veiligheidsbeoordelingGestartV1 } from './events/assessment/veiligheidsbeoordeling-gestart.v1';
import { veiligheidsbeoordelingToegewezenV1 } from './events/assessment/veiligheidsbeoordeling-toegewezen.v1';
import { zichtOpVeiligheidOvergenomenV1 } from './events/assessment/zicht-op-veiligheid-overgenomen.v1';
import { dossierGeopendV1 } from './events/intake/dossier-geopend.v1';
import { meldingOntvangenV1 } from './events/intake/melding-ontvangen.v1';
import type { RpcDefinition } from './rpc-definition';
import { aantekeningenVastleggenV1 } from './rpc/privacy/aantekeningen-vastleggen.v1';
import { personenRegistrerenV1 } from './rpc/privacy/personen-registreren.v1';

/** Every event version the platform publishes; the bus guard refuses anything not listed here. */
export const EVENT_CATALOGUE: readonly EventDefinition<unknown>[] = [
  meldingOntvangenV1,
  dossierGeopendV1,
  veiligheidsbeoordelingGestartV1,
  zichtOpVeiligheidOvergenomenV1,
  termijnOverschredenV1,
  veiligheidsbeoordelingToegewezenV1,
];

export function eventDefinition(type: string): EventDefinition<unknown> | undefined {
  return EVENT_CATALOGUE.find((d) => d.type === type);
}

/** Every request/reply action; their payloads carry personal data, so none of them is ever published. */
export const RPC_CATALOGUE: readonly RpcDefinition<unknown, unknown>[] = [
  personenRegistrerenV1,
  aantekeningenVastleggenV1,
];
