import { OngeldigeInvoer } from '@vt/contracts';
import { toetsOntvangst } from './ontvangst';

const NU = new Date('2026-03-02T10:00:00Z');

function velden(ontvangenOp: string | undefined, gemeentecode: string): string[] | undefined {
  try {
    toetsOntvangst({ ontvangenOp, huishouden: { gemeentecode } }, NU);
    return undefined;
  } catch (e) {
    if (e instanceof OngeldigeInvoer) return e.errors.map((f) => f.field);
    throw e;
  }
}

describe('receipt checks (§3, §6)', () => {
  it.each<[string, string | undefined, string, string[] | undefined]>([
    ['no receipt time: now', undefined, 'GM0344', undefined],
    ['within the tolerated clock skew', '2026-03-02T10:04:59Z', 'GM0344', undefined],
    ['in the future', '2026-03-02T10:05:01Z', 'GM0344', ['ontvangenOp']],
    ['the first day of Veilig Thuis', '2015-01-01T00:00:00+01:00', 'GM0344', undefined],
    ['before Veilig Thuis existed', '2014-12-31T23:59:59+01:00', 'GM0344', ['ontvangenOp']],
    ['unknown municipality', undefined, 'GM9999', ['huishouden.gemeentecode']],
    [
      'every failed field at once',
      '2030-01-01T00:00:00Z',
      'GM9999',
      ['huishouden.gemeentecode', 'ontvangenOp'],
    ],
  ])('%s', (_naam, ontvangenOp, gemeentecode, fout) => {
    expect(velden(ontvangenOp, gemeentecode)).toEqual(fout);
  });

  it('VT-3.0-a: the region follows the household municipality; the receipt time is the one given', () => {
    expect(
      toetsOntvangst({ ontvangenOp: '2026-03-01T08:00:00Z', huishouden: { gemeentecode: 'GM0344' } }, NU),
    ).toEqual({
      regio: 'VR09',
      ontvangenOp: new Date('2026-03-01T08:00:00Z'),
    });
    expect(toetsOntvangst({ huishouden: { gemeentecode: 'GM0344' } }, NU).ontvangenOp).toEqual(NU);
  });
});
