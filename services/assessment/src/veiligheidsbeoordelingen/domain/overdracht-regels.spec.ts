import { OngeldigeInvoer, RegelOvertreding } from '@vt/contracts';
import { AlBesloten } from './besluit-regels';
import { type OverdrachtContext, type OverdrachtVoorstel, toetsOverdracht } from './overdracht-regels';

const ctx: OverdrachtContext = {
  besluit: 'overdracht',
  overdrachtspartij: 'lokaal-team',
  alVerzonden: false,
  informatie: [
    { id: 'gewoon', strafrechtelijkOnderzoek: false, politieContactgegevens: false },
    { id: 'strafrecht', strafrechtelijkOnderzoek: true, politieContactgegevens: false },
    { id: 'agent', strafrechtelijkOnderzoek: false, politieContactgegevens: true },
  ],
};
const v: OverdrachtVoorstel = {
  vorm: 'schriftelijk',
  geinformeerdDoor: 'veilig-thuis',
  informatieIds: ['gewoon'],
  terugmeldafspraak: true,
};
const e3 = { identiteitMelder: true, inhoudEnReden: true, registratieEnRechten: true, hulpAanbod: true };
const clientsysteem = {
  afspraken: 'a',
  hulp: 'h',
  contactBijOnveiligheid: true,
  verantwoordelijkheidBijDirectbetrokkenen: true,
};

function uitkomst(voorstel: Partial<OverdrachtVoorstel>, context: Partial<OverdrachtContext> = {}): string {
  try {
    return toetsOverdracht({ ...v, ...voorstel }, { ...ctx, ...context });
  } catch (err) {
    if (err instanceof RegelOvertreding) return err.regel;
    if (err instanceof OngeldigeInvoer) return '400';
    if (err instanceof AlBesloten) return '409';
    throw err;
  }
}

describe('the direct handover (§11.3) and what it may not pass on (§11.2)', () => {
  it.each<[string, Partial<OverdrachtVoorstel>, Partial<OverdrachtContext>, string]>([
    ['three steps to a local team', {}, {}, 'lokaal-team'],
    [
      'VT-7.5.1-a: without a decision overdracht',
      {},
      { besluit: 'onderzoek', overdrachtspartij: null },
      'VT-7.5.1-a',
    ],
    ['sent already', {}, { alVerzonden: true }, '409'],
    ['an information item of another assessment', { informatieIds: ['elders'] }, {}, '400'],
    [
      'VT-11.2-a: information of a running criminal investigation',
      { informatieIds: ['gewoon', 'strafrecht'] },
      {},
      'VT-11.2-a',
    ],
    [
      'VT-11.2-a: police staff contact details without consent',
      { informatieIds: ['agent'] },
      {},
      'VT-11.2-a',
    ],
    [
      'VT-11.2-a: police staff contact details with consent',
      { informatieIds: ['agent'], toestemmingPolitieContactgegevens: true },
      {},
      'lokaal-team',
    ],
    ['VT-11.3.1-b step 3 missing', { terugmeldafspraak: false }, {}, 'VT-11.3.1-b'],
    [
      'VT-2.1.7-b: the party informs, three of the four agreements',
      { geinformeerdDoor: 'overdrachtspartij', afsprakenE3: { ...e3, hulpAanbod: false } },
      {},
      'VT-2.1.7-b',
    ],
    [
      'VT-2.1.7-b: the party informs, all four agreements',
      { geinformeerdDoor: 'overdrachtspartij', afsprakenE3: e3 },
      {},
      'lokaal-team',
    ],
    [
      'VT-11.3.2-a: to the client system with the four items',
      { clientsysteem, terugmeldafspraak: undefined },
      { overdrachtspartij: 'clientsysteem' },
      'clientsysteem',
    ],
    [
      'VT-11.3.2-a: to the client system without its help',
      { clientsysteem: { ...clientsysteem, hulp: ' ' } },
      { overdrachtspartij: 'clientsysteem' },
      'VT-11.3.2-a',
    ],
    [
      'VT-11.3.2-a: the client system cannot inform itself on VT’s behalf',
      { clientsysteem, geinformeerdDoor: 'overdrachtspartij', afsprakenE3: e3 },
      { overdrachtspartij: 'clientsysteem' },
      'VT-11.3.2-a',
    ],
  ])('%s → %s', (_naam, voorstel, context, verwacht) => {
    expect(uitkomst(voorstel, context)).toBe(verwacht);
  });
});
