import type { EventDefinition } from './event-definition';
import { assessmentDossierAfgeslotenV1 } from './events/assessment/dossier-afgesloten.v1';
import { veiligheidsbeoordelingBeslotenV1 } from './events/assessment/veiligheidsbeoordeling-besloten.v1';
import { veiligheidsbeoordelingGestartV1 } from './events/assessment/veiligheidsbeoordeling-gestart.v1';
import { zichtOpVeiligheidOvergenomenV1 } from './events/assessment/zicht-op-veiligheid-overgenomen.v1';
import { adviesGeregistreerdV1 } from './events/intake/advies-geregistreerd.v1';
import { adviesToestemmingIngetrokkenV1 } from './events/intake/advies-toestemming-ingetrokken.v1';
import { termijnOverschredenV1 } from './events/assessment/termijn-overschreden.v1';
import { veiligheidsbeoordelingToegewezenV1 } from './events/assessment/veiligheidsbeoordeling-toegewezen.v1';
import { dossierGeopendV1 } from './events/intake/dossier-geopend.v1';
import { meldingInBehandelingGenomenV1 } from './events/intake/melding-in-behandeling-genomen.v1';
import { meldingIngetrokkenV1 } from './events/intake/melding-ingetrokken.v1';
import { meldingOntvangenV1 } from './events/intake/melding-ontvangen.v1';
import { trajectGestartV1 } from './events/investigation/traject-gestart.v1';
import { investigationDossierAfgeslotenV1 } from './events/investigation/dossier-afgesloten.v1';
import { onderzoekAfgerondV1 } from './events/investigation/onderzoek-afgerond.v1';
import { monitoringDossierAfgeslotenV1 } from './events/monitoring/dossier-afgesloten.v1';
import { bewaartermijnVerlengdV1 } from './events/privacy/bewaartermijn-verlengd.v1';
import { dossierVernietigdV1, persoonVernietigdV1 } from './events/privacy/vernietigd.v1';
import { verzoekBeslotenV1 } from './events/privacy/verzoek-besloten.v1';
import { verzoekOntvangenV1 } from './events/privacy/verzoek-ontvangen.v1';
import { monitoringGestartV1 } from './events/monitoring/monitoring-gestart.v1';
import type { RpcDefinition } from './rpc-definition';
import { aantekeningenVastleggenV1 } from './rpc/privacy/aantekeningen-vastleggen.v1';
import { meldingVernietigenV1 } from './rpc/privacy/melding-vernietigen.v1';
import { adviesRegistrerenV1 } from './rpc/privacy/advies-registreren.v1';
import { adviesVernietigenV1 } from './rpc/privacy/advies-vernietigen.v1';
import { adviesvragerVernietigenV1 } from './rpc/privacy/adviesvrager-vernietigen.v1';
import {
  meldingbatchBewarenV1,
  meldingbatchRegistrerenV1,
  meldingbatchVastleggenV1,
} from './rpc/privacy/meldingbatch.v1';
import { personenRegistrerenV1 } from './rpc/privacy/personen-registreren.v1';

/** Every event version the platform publishes; the bus guard refuses anything not listed here. */
export const EVENT_CATALOGUE: readonly EventDefinition<unknown>[] = [
  meldingOntvangenV1,
  dossierGeopendV1,
  meldingInBehandelingGenomenV1,
  meldingIngetrokkenV1,
  veiligheidsbeoordelingGestartV1,
  veiligheidsbeoordelingBeslotenV1,
  zichtOpVeiligheidOvergenomenV1,
  assessmentDossierAfgeslotenV1,
  trajectGestartV1,
  onderzoekAfgerondV1,
  investigationDossierAfgeslotenV1,
  monitoringDossierAfgeslotenV1,
  verzoekOntvangenV1,
  verzoekBeslotenV1,
  bewaartermijnVerlengdV1,
  dossierVernietigdV1,
  persoonVernietigdV1,
  monitoringGestartV1,
  adviesGeregistreerdV1,
  adviesToestemmingIngetrokkenV1,
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
  meldingVernietigenV1,
  adviesRegistrerenV1,
  adviesvragerVernietigenV1,
  adviesVernietigenV1,
  meldingbatchBewarenV1,
  meldingbatchRegistrerenV1,
  meldingbatchVastleggenV1,
];
