import { veiligheidsbeoordelingTermijnen } from './protocoltermijnen';
import { Werkdagkalender } from './werkdagkalender';

describe('safety assessment terms', () => {
  const kalender = new Werkdagkalender();

  it('VT-7.2-a / VT-7.3-a: day 5 and day 6 after receipt, receipt being day 0', () => {
    // Wed 24 Dec 2025; 25/26 Dec and 1 Jan are holidays.
    expect(veiligheidsbeoordelingTermijnen(kalender, new Date('2025-12-24T16:30:00+01:00'), false)).toEqual({
      uiterlijk: '2026-01-05',
      zichtOpVeiligheidVanaf: '2026-01-06',
    });
  });

  it('VT-7.3-a: an urgent report puts oversight of safety on the receipt date (Amsterdam)', () => {
    const t = veiligheidsbeoordelingTermijnen(kalender, new Date('2025-12-24T23:30:00Z'), true);
    expect(t).toEqual({ uiterlijk: '2026-01-05', zichtOpVeiligheidVanaf: '2025-12-25' });
  });
});
