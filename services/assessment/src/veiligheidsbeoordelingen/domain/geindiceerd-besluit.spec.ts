import type { Besluit } from '@vt/contracts';
import { geindiceerdBesluit, type Taxatie } from './geindiceerd-besluit';

const geen: Taxatie = { acuteOnveiligheid: false, structureleOnveiligheid: false, multiproblematiek: false };
const acuut = { ...geen, acuteOnveiligheid: true };
const structureel = { ...geen, structureleOnveiligheid: true };
const multi = { ...geen, multiproblematiek: true };

describe('VT-7.5-a: the indicated decision from the criteria of §7.5', () => {
  it.each<[string, Taxatie, Besluit | null, string | null]>([
    // 7.5.2.2 Onderzoek: (acute or structural) and multi-problem, and (no cooperation or confirmation needed)
    [
      'acute + multi, insufficient cooperation',
      { ...acuut, multiproblematiek: true, voldoendeMedewerking: false },
      'onderzoek',
      'VT-7.5.2.2-a',
    ],
    [
      'structural + multi, confirmation needed',
      { ...structureel, multiproblematiek: true, bevestigingNodig: true },
      'onderzoek',
      'VT-7.5.2.2-a',
    ],
    [
      'acute + multi, cooperation but confirmation needed',
      { ...acuut, multiproblematiek: true, voldoendeMedewerking: true, bevestigingNodig: true },
      'onderzoek',
      'VT-7.5.2.2-a',
    ],
    // 7.5.2.1 V&V: indications, no confirmation needed, sufficient cooperation
    [
      'acute only, cooperation, no confirmation',
      { ...acuut, voldoendeMedewerking: true, bevestigingNodig: false },
      'voorwaarden-en-vervolg',
      'VT-7.5.2.1-a',
    ],
    [
      'multi only, cooperation, no confirmation',
      { ...multi, voldoendeMedewerking: true, bevestigingNodig: false },
      'voorwaarden-en-vervolg',
      'VT-7.5.2.1-a',
    ],
    [
      'acute + structural + multi, cooperation, no confirmation',
      {
        ...acuut,
        structureleOnveiligheid: true,
        multiproblematiek: true,
        voldoendeMedewerking: true,
        bevestigingNodig: false,
      },
      'voorwaarden-en-vervolg',
      'VT-7.5.2.1-a',
    ],
    // 7.5.1 handover: no further involvement of VT needed
    [
      'structural, VT not needed',
      { ...structureel, verdereBetrokkenheidNodig: false },
      'overdracht',
      'VT-7.5.1-a',
    ],
    [
      'multi, cooperation, VT not needed',
      { ...multi, voldoendeMedewerking: true, bevestigingNodig: false, verdereBetrokkenheidNodig: false },
      'overdracht',
      'VT-7.5.1-a',
    ],
    // 7.5.2.3 end: no reasonable suspicion, or no concerns, and no indications
    [
      'no indications, no reasonable suspicion',
      { ...geen, redelijkVermoeden: false },
      'geen-vervolgstappen',
      'VT-7.5.2.3-a',
    ],
    [
      'no indications, no safety concerns',
      { ...geen, zorgenOverVeiligheid: false },
      'geen-vervolgstappen',
      'VT-7.5.2.3-a',
    ],
    [
      'no indications, no suspicion, VT not needed',
      { ...geen, redelijkVermoeden: false, verdereBetrokkenheidNodig: false },
      'geen-vervolgstappen',
      'VT-7.5.2.3-a',
    ],
    // Judgement: no criterion set fits exactly (VT-7.5-a), the system does not decide
    [
      'VT-7.5-a example: acute without multi, insufficient cooperation',
      { ...acuut, voldoendeMedewerking: false },
      null,
      null,
    ],
    [
      'acute + multi, cooperation and confirmation not yet judged',
      { ...acuut, multiproblematiek: true },
      null,
      null,
    ],
    ['indications, cooperation not judged', { ...structureel, bevestigingNodig: false }, null, null],
    ['nothing appraised or judged', geen, null, null],
    [
      'no indications but suspicion and concerns remain',
      { ...geen, redelijkVermoeden: true, zorgenOverVeiligheid: true },
      null,
      null,
    ],
    [
      'an investigation indicated although VT is said not to be needed',
      { ...acuut, multiproblematiek: true, voldoendeMedewerking: false, verdereBetrokkenheidNodig: false },
      null,
      null,
    ],
    ['indications contradict "no concerns"', { ...acuut, zorgenOverVeiligheid: false }, null, null],
  ])('%s → %s', (_naam, taxatie, besluit, criterium) => {
    expect(geindiceerdBesluit(taxatie)).toEqual({ geindiceerdBesluit: besluit, criterium });
  });
});
