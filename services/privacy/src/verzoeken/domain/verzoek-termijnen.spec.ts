import type { VerzoekSoort } from '@vt/contracts';
import { STANDAARD_WERKDAGEN_CONFIG, Werkdagkalender } from '@vt/werkdagen';
import { verzoekTermijnen } from './verzoek-termijnen';

const kalender = new Werkdagkalender(STANDAARD_WERKDAGEN_CONFIG);

describe('verzoekTermijnen', () => {
  // [rule, soort, received, refuted, beslissenUiterlijk, uitvoerenUiterlijk]
  it.each<[string, VerzoekSoort, string, boolean, string, string | undefined]>([
    ['VT-15.8.3-a', 'correctie', '2026-03-02', false, '2026-03-30', undefined],
    ['VT-15.8.3-a', 'correctie', '2026-04-01', false, '2026-04-29', undefined],
    ['VT-15.8.5-a', 'vernietiging', '2026-03-02', false, '2026-06-02', '2026-06-02'],
    ['VT-15.8.6-c', 'vernietiging', '2026-03-02', true, '2026-03-30', '2026-06-02'],
    // 3 months from 28 February: 28 May, a Thursday.
    ['VT-15.8.5-a', 'vernietiging', '2026-02-28', false, '2026-05-28', '2026-05-28'],
    // 4 weeks end on Saturday 26 December (Tweede Kerstdag): moved to Monday 28 December.
    ['VT-15.8.3-a', 'correctie', '2026-11-28', false, '2026-12-28', undefined],
    ['VT-15.8.1-a', 'inzage', '2026-01-31', false, '2026-03-02', undefined],
    ['VT-15.8.1-a', 'afschrift', '2026-03-02', false, '2026-04-02', undefined],
    ['VT-15.8.4-a', 'eigen-verklaring', '2026-03-02', false, '2026-04-02', undefined],
  ])(
    '%s: %s received %s (refuted %p) → decide by %s, carry out by %p',
    (_, soort, ontvangen, weerlegd, beslissen, uitvoeren) => {
      const t = verzoekTermijnen(kalender, soort, ontvangen, weerlegd);
      expect(t.beslissenUiterlijk).toBe(beslissen);
      expect(t.uitvoerenUiterlijk).toBe(uitvoeren);
    },
  );
});
