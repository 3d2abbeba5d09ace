import { OngeldigeInvoer, RegelOvertreding } from '@vt/contracts';
import type { Clock } from '@vt/platform';
import { testBeoordeling } from '../../persistence/besluitvorming.fixtures';
import { FakeBesluitvormingRepository } from '../../persistence/besluitvorming.repository.fake';
import { Terugkoppeling } from '../../persistence/contact-en-overdracht.entities';
import type { StapContext } from '../stap-context';
import { KoppelTerug } from './koppel-terug.use-case';

const ctx: StapContext = { gebruiker: { sub: 'medewerker', regio: 'VR09' } };

describe('KoppelTerug (use case, with fakes for the repository and the clock)', () => {
  let repository: FakeBesluitvormingRepository;
  let useCase: KoppelTerug;
  const nu = new Date('2026-03-06T11:00:00+01:00');
  const b = testBeoordeling({ status: 'besloten' });
  const voorstel = {
    veiligheidsbeoordelingId: b.id,
    meldingId: b.meldingIds[0],
    melderType: 'omstander' as const,
    kanaal: 'telefonisch' as const,
    inhoud: ['in-behandeling-genomen' as const],
  };

  beforeEach(() => {
    repository = new FakeBesluitvormingRepository();
    const clock: Clock = { now: () => nu };
    useCase = new KoppelTerug(repository, clock);
    repository.voegBeoordelingToe(b);
  });

  it('VT-12.2.1-a: the feedback is recorded as sent, by whom and when', async () => {
    const uit = await useCase.execute(voorstel, ctx);
    expect(uit).toMatchObject({ meldingId: b.meldingIds[0], verzondenOp: nu.toISOString() });
    expect(repository.van<Terugkoppeling>(Terugkoppeling)).toEqual([
      expect.objectContaining({
        verzondenDoor: 'medewerker',
        melderType: 'omstander',
        inhoud: ['in-behandeling-genomen'],
      }),
    ]);
  });

  it('VT-12.2.2-a: more than a bystander may hear is refused; nothing stored', async () => {
    await expect(useCase.execute({ ...voorstel, inhoud: ['overdrachtspartij'] }, ctx)).rejects.toBeInstanceOf(
      RegelOvertreding,
    );
    expect(repository.van(Terugkoppeling)).toEqual([]);
  });

  it('a report of another assessment is a 400 on meldingId', async () => {
    await expect(useCase.execute({ ...voorstel, meldingId: b.id }, ctx)).rejects.toBeInstanceOf(
      OngeldigeInvoer,
    );
  });
});
