import { dossierAfgeslotenDefinitie, type DossierAfgeslotenV1 } from '../dossier-afgesloten';

/** Investigation closed its processing of the file (§10.7): the report's retention starts (VT-15.3.4.2-a). */
export const investigationDossierAfgeslotenV1 = dossierAfgeslotenDefinitie('investigation');
export type InvestigationDossierAfgeslotenV1 = DossierAfgeslotenV1;
