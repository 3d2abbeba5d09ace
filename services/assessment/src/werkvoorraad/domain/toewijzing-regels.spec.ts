import { RegelOvertreding } from '@vt/contracts';
import { type Toetsing, toetsToewijzing } from './toewijzing-regels';

describe('VT-2.2.1-f: assigning a safety assessment to its file holder', () => {
  it.each<
    [
      string,
      { status: string; dossierhouder: string | null },
      { dossierhouder: string; reden?: string },
      Toetsing,
    ]
  >([
    [
      'a first assignment needs no reason',
      { status: 'open', dossierhouder: null },
      { dossierhouder: 'mw-1' },
      { uitkomst: 'toewijzing' },
    ],
    [
      'a first assignment may carry one',
      { status: 'open', dossierhouder: null },
      { dossierhouder: 'mw-1', reden: 'x' },
      { uitkomst: 'toewijzing' },
    ],
    [
      'another worker with a reason is a reassignment',
      { status: 'open', dossierhouder: 'mw-1' },
      { dossierhouder: 'mw-2', reden: 'ziek' },
      { uitkomst: 'hertoewijzing', vorige: 'mw-1' },
    ],
    [
      'the same worker again changes nothing',
      { status: 'open', dossierhouder: 'mw-1' },
      { dossierhouder: 'mw-1', reden: 'x' },
      { uitkomst: 'ongewijzigd' },
    ],
    [
      'a decided assessment is closed',
      { status: 'besloten', dossierhouder: 'mw-1' },
      { dossierhouder: 'mw-2', reden: 'x' },
      { uitkomst: 'gesloten' },
    ],
  ])('%s', (_geval, b, c, verwacht) => {
    expect(toetsToewijzing(b, c)).toEqual(verwacht);
  });

  it('a reassignment without a reason is refused, naming the field', () => {
    expect(() =>
      toetsToewijzing({ status: 'open', dossierhouder: 'mw-1' }, { dossierhouder: 'mw-2' }),
    ).toThrow(
      expect.objectContaining({ regel: 'VT-2.2.1-f', errors: [expect.objectContaining({ field: 'reden' })] }),
    );
    expect(() =>
      toetsToewijzing({ status: 'open', dossierhouder: 'mw-1' }, { dossierhouder: 'mw-2' }),
    ).toThrow(RegelOvertreding);
  });
});
