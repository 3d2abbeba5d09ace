import type { Besluit } from '@vt/contracts';
import { Werkdagkalender } from '@vt/werkdagen';
import { dienstVoorBesluit, trajectUiterlijk } from './traject-start';

describe('the trajectory an assessment decision starts (§7.4.3, §9.2, §10.2)', () => {
  it.each<[Besluit, string | undefined]>([
    ['voorwaarden-en-vervolg', 'voorwaarden-en-vervolg'],
    ['onderzoek', 'onderzoek'],
    ['overdracht', undefined],
    ['geen-vervolgstappen', undefined],
  ])('VT-7.4.3-b: decision %s starts service %s', (besluit, dienst) => {
    expect(dienstVoorBesluit(besluit)).toBe(dienst);
  });

  it.each([
    ['2026-03-06', '2026-05-15', 'an ordinary Friday'],
    ['2026-12-24', '2027-03-04', 'across Christmas and New Year: calendar weeks, holidays do not count'],
    ['2026-03-23', '2026-06-01', 'across the switch to summer time'],
  ])('VT-9.2-a / VT-10.2-a: decided %s → uiterlijk %s (%s)', (besluitdatum, uiterlijk) => {
    expect(trajectUiterlijk(new Werkdagkalender(), besluitdatum)).toBe(uiterlijk);
  });
});
