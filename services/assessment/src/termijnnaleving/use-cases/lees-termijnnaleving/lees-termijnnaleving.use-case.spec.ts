import { NotFoundException } from '@nestjs/common';
import type { Clock } from '@vt/platform';
import type { Tellingen } from '../../domain/naleving';
import type { TermijnnalevingRepository } from '../../persistence/termijnnaleving.repository';
import { LeesTermijnnaleving } from './lees-termijnnaleving.use-case';

class FakeNaleving {
  vragen: unknown[][] = [];
  async maand(...args: unknown[]): Promise<Tellingen> {
    this.vragen.push(args);
    return { tijdig: 18, teLaat: 1, verlopenOpen: 1, lopend: 5 };
  }
  async verlopenNu(...args: unknown[]) {
    this.vragen.push(args);
    return 3;
  }
}

describe('LeesTermijnnaleving (VT-7.2-a)', () => {
  // 23:30 on 31 March in Amsterdam (summer time, UTC+2).
  const clock: Clock = { now: () => new Date('2026-03-31T21:30:00Z') };

  it("reads the month's Amsterdam days and today's overdue count of the manager's region", async () => {
    const repo = new FakeNaleving();
    const uc = new LeesTermijnnaleving(repo as unknown as TermijnnalevingRepository, clock);
    expect(await uc.execute({ regio: 'VR09', maand: '2026-03' }, { regio: 'VR09' })).toEqual({
      regio: 'VR09',
      maand: '2026-03',
      tijdig: 18,
      teLaat: 1,
      verlopenOpen: 1,
      lopend: 5,
      aandeelTijdig: 0.9,
      voldoetAanNorm: true,
      sectornorm: 0.9,
      verlopenNu: 3,
    });
    expect(repo.vragen).toEqual([
      ['VR09', '2026-03-01', '2026-04-01', '2026-03-31'],
      ['VR09', '2026-03-31'],
    ]);
  });

  it('another region is not found, and nothing is read', async () => {
    const repo = new FakeNaleving();
    const uc = new LeesTermijnnaleving(repo as unknown as TermijnnalevingRepository, clock);
    await expect(uc.execute({ regio: 'VR17', maand: '2026-03' }, { regio: 'VR09' })).rejects.toThrow(
      NotFoundException,
    );
    expect(repo.vragen).toEqual([]);
  });
});
