import type { EventDefinition } from './event-definition';
import { veiligheidsbeoordelingGestartV1 } from './events/assessment/veiligheidsbeoordeling-gestart.v1';
import { adviesGeregistreerdV1 } from './events/intake/advies-geregistreerd.v1';
import { adviesToestemmingIngetrokkenV1 } from './events/intake/advies-toestemming-ingetrokken.v1';
import { dossierGeopendV1 } from './events/intake/dossier-geopend.v1';
import { meldingOntvangenV1 } from './events/intake/melding-ontvangen.v1';
import type { RpcDefinition } from './rpc-definition';
import { aantekeningenVastleggenV1 } from './rpc/privacy/aantekeningen-vastleggen.v1';
import { adviesRegistrerenV1 } from './rpc/privacy/advies-registreren.v1';
import { adviesVernietigenV1 } from './rpc/privacy/advies-vernietigen.v1';
import { adviesvragerVernietigenV1 } from './rpc/privacy/adviesvrager-vernietigen.v1';
import { personenRegistrerenV1 } from './rpc/privacy/personen-registreren.v1';

/** Every event version the platform publishes; the bus guard refuses anything not listed here. */
export const EVENT_CATALOGUE: readonly EventDefinition<unknown>[] = [
  meldingOntvangenV1,
  dossierGeopendV1,
  veiligheidsbeoordelingGestartV1,
  adviesGeregistreerdV1,
  adviesToestemmingIngetrokkenV1,
];

export function eventDefinition(type: string): EventDefinition<unknown> | undefined {
  return EVENT_CATALOGUE.find((d) => d.type === type);
}

/** Every request/reply action; their payloads carry personal data, so none of them is ever published. */
export const RPC_CATALOGUE: readonly RpcDefinition<unknown, unknown>[] = [
  personenRegistrerenV1,
  aantekeningenVastleggenV1,
  adviesRegistrerenV1,
  adviesvragerVernietigenV1,
  adviesVernietigenV1,
];
