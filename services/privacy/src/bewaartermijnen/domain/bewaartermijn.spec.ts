import { RegelOvertreding } from '@vt/contracts';
import { STANDAARD_WERKDAGEN_CONFIG, Werkdagkalender } from '@vt/werkdagen';
import { bewaarTot, isVerlopen, toetsVerlenging } from './bewaartermijn';

const kalender = new Werkdagkalender(STANDAARD_WERKDAGEN_CONFIG);

describe('bewaartermijn', () => {
  it.each([
    ['VT-15.3.4.2-a', 'melding', '2026-09-30', '2046-09-30'],
    ['VT-15.3.4.2-a', 'melding', '2028-02-29', '2048-02-29'],
    ['VT-15.3.4.1-a', 'advies', '2026-03-02', '2028-03-02'],
    ['VT-15.3.4.1-a', 'advies', '2028-02-29', '2030-02-28'],
  ] as const)('%s: %s closed/last contact %s is kept until %s', (_, grondslag, aanvang, verwacht) => {
    expect(bewaarTot(kalender, grondslag, aanvang)).toBe(verwacht);
  });

  it.each([
    ['2046-09-30', '2046-09-30', false],
    ['2046-09-30', '2046-10-01', true],
    ['2046-09-30', '2046-09-29', false],
  ])('kept until %s, today %s: expired %p', (tot, vandaag, verwacht) => {
    expect(isVerlopen(tot, vandaag)).toBe(verwacht);
  });

  const regel = (huidig: { bewaarTot: string; status: string }, tot: string) => {
    try {
      toetsVerlenging(huidig, tot);
      return 'toegestaan';
    } catch (err) {
      return err instanceof RegelOvertreding ? `${err.regel} ${err.errors[0]?.field}` : 'anders';
    }
  };
  it.each([
    [{ bewaarTot: '2046-09-30', status: 'actief' }, '2050-01-01', 'toegestaan'],
    [{ bewaarTot: '2046-09-30', status: 'actief' }, '2046-09-30', 'VT-15.3.4.2-b tot'],
    [{ bewaarTot: '2046-09-30', status: 'actief' }, '2030-01-01', 'VT-15.3.4.2-b tot'],
    [{ bewaarTot: '2046-09-30', status: 'vernietigd' }, '2050-01-01', 'VT-15.3.4.2-b tot'],
  ])('VT-15.3.4.2-b: extending %p to %s → %s', (huidig, tot, verwacht) => {
    expect(regel(huidig, tot)).toBe(verwacht);
  });
});
