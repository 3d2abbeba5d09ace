import { OngeldigeInvoer } from '@vt/contracts';
import { cursorVan, positieUit } from './cursor';

describe('the worklist cursor (keyset pagination)', () => {
  it('names the position it was made of', () => {
    const p = {
      uiterlijk: '2026-03-09',
      ontvangenOp: '2026-03-02 10:14:58.123456+01',
      id: '7e2d4c1a-9b8f-4a6e-8d3c-5f1b0a2e9c74',
    };
    expect(positieUit(cursorVan(p))).toEqual(p);
  });

  it.each([
    ['not base64 JSON', 'x'],
    ['an object', Buffer.from('{"a":1}').toString('base64url')],
    [
      'a bad date',
      Buffer.from('["2026-3-9","2026-03-02 10:00:00+01","7e2d4c1a-9b8f-4a6e-8d3c-5f1b0a2e9c74"]').toString(
        'base64url',
      ),
    ],
    [
      'a bad instant',
      Buffer.from('["2026-03-09","gisteren","7e2d4c1a-9b8f-4a6e-8d3c-5f1b0a2e9c74"]').toString('base64url'),
    ],
    [
      'a bad id',
      Buffer.from('["2026-03-09","2026-03-02 10:00:00+01","1; drop table"]').toString('base64url'),
    ],
  ])('refuses %s as invalid input of `cursor`', (_geval, cursor) => {
    expect(() => positieUit(cursor)).toThrow(OngeldigeInvoer);
    try {
      positieUit(cursor);
    } catch (e) {
      expect((e as OngeldigeInvoer).errors).toEqual([{ field: 'cursor', message: expect.any(String) }]);
    }
  });
});
