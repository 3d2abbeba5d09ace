import { type IntrekkingBesluit, OngeldigeInvoer } from '@vt/contracts';
import { beslisInBehandeling } from './in-behandeling';
import { teInformeren, toetsIntrekkingsverzoek } from './intrekking';

const ONTVANGEN = new Date('2026-03-02T23:30:00Z'); // 3 March in Amsterdam
const NU = new Date('2026-03-10T22:30:00Z'); // 10 March in Amsterdam

describe('VT-6.7-a: the day of the request to withdraw', () => {
  it.each<[string, string, boolean]>([
    ['on the day of receipt', '2026-03-03', true],
    ['today', '2026-03-10', true],
    ['before the receipt', '2026-03-02', false],
    ['in the future', '2026-03-11', false],
  ])('%s', (_naam, verzoekOp, geldig) => {
    const toets = () => toetsIntrekkingsverzoek(verzoekOp, ONTVANGEN, NU);
    if (geldig) expect(toets).not.toThrow();
    else expect(toets).toThrow(OngeldigeInvoer);
  });
});

describe('VT-6.7-b / VT-6.7-c: whom to inform', () => {
  const personen = [{ persoonRef: 'p1', rol: 'kind' }];
  it.each<[IntrekkingBesluit, typeof personen]>([
    ['verwijderen', personen],
    ['handhaven', []],
  ])('%s', (besluit, verwacht) => {
    expect(teInformeren(besluit, personen)).toEqual(verwacht);
  });
});

describe('VT-6.5.2-a: which report a manager can take into treatment', () => {
  it.each([
    ['niet-in-behandeling', 'neem'],
    ['in-behandeling', 'al-in-behandeling'],
  ] as const)('%s', (status, uitkomst) => {
    expect(beslisInBehandeling(status)).toBe(uitkomst);
  });
});
