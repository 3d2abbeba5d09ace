import type { Besluit } from '@vt/contracts';
import type { Dienst } from '../persistence/traject.entity';

export interface Weekkalender {
  plusWeken(datum: string, n: number): string;
}

/** VT-1.3-k, VT-9.2-a, VT-10.2-a: the service is completed at the latest 10 weeks after the assessment. */
export const TRAJECT_WEKEN = 10;

/** The service an assessment decision starts here (VT-7.4.3-b 2 and 3); the others need nothing of us. */
export function dienstVoorBesluit(besluit: Besluit): Dienst | undefined {
  switch (besluit) {
    case 'voorwaarden-en-vervolg':
    case 'onderzoek':
      return besluit;
    case 'overdracht':
    case 'geen-vervolgstappen':
      return undefined;
  }
}

/** `uiterlijk` = the decision's date + 10 weeks (§9.2, §10.2), calendar weeks, not working days. */
export function trajectUiterlijk(kalender: Weekkalender, besluitdatum: string): string {
  return kalender.plusWeken(besluitdatum, TRAJECT_WEKEN);
}
