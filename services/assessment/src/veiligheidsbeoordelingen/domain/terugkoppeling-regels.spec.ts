import { RegelOvertreding } from '@vt/contracts';
import { type TerugkoppelingVoorstel, toetsTerugkoppeling } from './terugkoppeling-regels';

function regel(v: TerugkoppelingVoorstel, besloten = true): string {
  try {
    toetsTerugkoppeling(v, besloten);
    return 'ok';
  } catch (err) {
    if (err instanceof RegelOvertreding) return err.regel;
    throw err;
  }
}

describe('feedback to reporters (§12.2)', () => {
  it.each<[string, TerugkoppelingVoorstel, boolean, string]>([
    [
      'VT-12.2.1-a: before the decision',
      { melderType: 'professional', inhoud: ['vervolgtraject-gestart'] },
      false,
      'VT-12.2.1-a',
    ],
    [
      'VT-12.2.2-a: a bystander hears that the report was taken on',
      { melderType: 'omstander', inhoud: ['in-behandeling-genomen', 'betrokkenheid-afgerond'] },
      true,
      'ok',
    ],
    [
      'VT-12.2.2-a: a bystander does not hear the handover party',
      { melderType: 'omstander', inhoud: ['overdrachtspartij'] },
      true,
      'VT-12.2.2-a',
    ],
    [
      'VT-12.2.2-a: nor does a directly involved reporter',
      { melderType: 'directbetrokkene', inhoud: ['vervolgtraject-gestart'] },
      true,
      'VT-12.2.2-a',
    ],
    [
      'VT-12.2.2-b: close family hears a follow-up started',
      {
        melderType: 'omstander',
        voortdurendeBetrokkenheid: true,
        inhoud: ['vervolgtraject-gestart', 'verwachting-melder'],
      },
      true,
      'ok',
    ],
    [
      'VT-12.2.2-b: close family hears the report was not confirmed',
      { melderType: 'omstander', voortdurendeBetrokkenheid: true, inhoud: ['niet-bevestigd'] },
      true,
      'ok',
    ],
    [
      'VT-12.2-d: why the report was closed, for everyone',
      { melderType: 'omstander', inhoud: ['reden-afsluiting'] },
      true,
      'ok',
    ],
    [
      'VT-12.2.1-b: a professional hears the handover party',
      { melderType: 'professional', inhoud: ['vervolgtraject-gestart', 'overdrachtspartij'] },
      true,
      'ok',
    ],
    [
      'VT-12.2.1-b: the police hears whether a follow-up started',
      { melderType: 'politie', inhoud: ['geen-vervolgtraject'] },
      true,
      'ok',
    ],
    [
      'VT-12.2.1-b: safety conditions only with a role in the follow-up',
      { melderType: 'professional', inhoud: ['veiligheidsvoorwaarden'] },
      true,
      'VT-12.2.1-b',
    ],
    [
      'VT-12.2.1-b: with a role in the follow-up',
      {
        melderType: 'professional',
        rolInVervolg: true,
        inhoud: ['veiligheidsvoorwaarden', 'monitoringafspraken'],
      },
      true,
      'ok',
    ],
  ])('%s → %s', (_naam, v, besloten, verwacht) => {
    expect(regel(v, besloten)).toBe(verwacht);
  });
});
