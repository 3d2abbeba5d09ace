import { dossierAfgeslotenDefinitie, type DossierAfgeslotenV1 } from '../dossier-afgesloten';

/** Monitoring closed the file (§13.5): the report's retention starts (VT-15.3.4.2-a). */
export const monitoringDossierAfgeslotenV1 = dossierAfgeslotenDefinitie('monitoring');
export type MonitoringDossierAfgeslotenV1 = DossierAfgeslotenV1;
