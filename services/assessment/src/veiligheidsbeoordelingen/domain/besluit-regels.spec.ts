import { OngeldigeInvoer, RegelOvertreding } from '@vt/contracts';
import {
  AlBesloten,
  type BesluitContext,
  type BesluitVoorstel,
  neemtZichtOpVeiligheidOver,
  overnameBijBesluit,
  toetsBesluit,
} from './besluit-regels';

const voorstel: BesluitVoorstel = {
  besluit: 'onderzoek',
  geconsulteerd: ['collega-1'],
  motivering: {
    betrokkenInformatie: 'de melding en het gesprek',
    gewogenBelangen: 'het belang van het kind',
  },
};
const ctx: BesluitContext = {
  status: 'open',
  dossierAfgesloten: false,
  beslisser: 'medewerker-1',
  geindiceerdBesluit: 'onderzoek',
  termijnVerstreken: false,
};

function regel(f: () => unknown): string {
  try {
    f();
  } catch (err) {
    if (err instanceof RegelOvertreding) return err.regel;
    if (err instanceof OngeldigeInvoer) return `400 ${err.errors.map((e) => e.field).join(',')}`;
    if (err instanceof AlBesloten) return '409';
    throw err;
  }
  return 'ok';
}

describe('the rules of the assessment decision (VT-7.4.3-a, VT-2.2, VT-1.4-d, VT-1.3-l)', () => {
  it.each<[string, Partial<BesluitVoorstel>, Partial<BesluitContext>, string]>([
    ['a complete decision as indicated', {}, {}, 'ok'],
    ['VT-2.2.1-a: nobody consulted', { geconsulteerd: [] }, {}, 'VT-2.2.1-a'],
    [
      'VT-2.2.1-a: the decider as the only one consulted',
      { geconsulteerd: ['medewerker-1'] },
      {},
      'VT-2.2.1-a',
    ],
    ['VT-2.2.1-a: the decider and a colleague', { geconsulteerd: ['medewerker-1', 'collega-2'] }, {}, 'ok'],
    ['VT-2.2.2-a: no motivation parts', { motivering: {} }, {}, 'VT-2.2.2-a'],
    [
      'VT-2.2.2-a: a blank weighing of interests',
      { motivering: { betrokkenInformatie: 'x', gewogenBelangen: '  ' } },
      {},
      'VT-2.2.2-a',
    ],
    ['VT-1.4-d: a deviation without motivation', { besluit: 'voorwaarden-en-vervolg' }, {}, 'VT-1.4-d'],
    [
      'VT-1.4-d: a deviation with motivation',
      { besluit: 'voorwaarden-en-vervolg', afwijkingMotivering: 'gezin werkt mee' },
      {},
      'ok',
    ],
    [
      'VT-7.5-a: no indication (judgement) needs no deviation motivation',
      { besluit: 'geen-vervolgstappen' },
      { geindiceerdBesluit: null },
      'ok',
    ],
    ['VT-7.4-a: no appraisal recorded yet', {}, { geindiceerdBesluit: undefined }, 'VT-7.4-a'],
    ['VT-1.3-l: after the deadline without explanation', {}, { termijnVerstreken: true }, 'VT-1.3-l'],
    [
      'VT-1.3-l: after the deadline with explanation',
      { termijnToelichting: 'informatie van de politie kwam laat' },
      { termijnVerstreken: true },
      'ok',
    ],
    [
      'VT-7.4.3-a: a handover without its party',
      { besluit: 'overdracht' },
      { geindiceerdBesluit: 'overdracht' },
      '400 overdrachtspartij',
    ],
    [
      'VT-7.4.3-a: a party without a handover',
      { overdrachtspartij: 'lokaal-team' },
      {},
      '400 overdrachtspartij',
    ],
    [
      'a handover with its party',
      { besluit: 'overdracht', overdrachtspartij: 'clientsysteem' },
      { geindiceerdBesluit: 'overdracht' },
      'ok',
    ],
    ['decided already', {}, { status: 'besloten' }, '409'],
    ['the file was closed', {}, { dossierAfgesloten: true, status: 'besloten' }, 'VT-7.4.3-a'],
  ])('%s → %s', (_naam, v, c, verwacht) => {
    expect(regel(() => toetsBesluit({ ...voorstel, ...v }, { ...ctx, ...c }))).toBe(verwacht);
  });

  it.each([
    ['onderzoek', undefined, 'veilig-thuis', false],
    ['voorwaarden-en-vervolg', undefined, 'veilig-thuis', false],
    ['overdracht', 'lokaal-team', 'lokaal-team', true],
    ['geen-vervolgstappen', undefined, null, true],
  ] as const)(
    'VT-7.4.3-a: %s (party %s) puts the follow-up with %s; ends the involvement: %s',
    (besluit, overdrachtspartij, verantwoordelijke, beeindigt) => {
      const uitkomst = toetsBesluit(
        { ...voorstel, besluit, ...(overdrachtspartij ? { overdrachtspartij } : {}) },
        { ...ctx, geindiceerdBesluit: null },
      );
      expect(uitkomst).toEqual({ afgeweken: false, verantwoordelijke, beeindigtBetrokkenheid: beeindigt });
    },
  );

  it.each([
    ['a decision before the 6th working day', false, '2026-03-05', 'onderzoek', true],
    ['a decision on the 6th working day (taken over already)', false, '2026-03-09', 'onderzoek', false],
    ['an urgent report (taken over at receipt)', true, '2026-03-05', 'overdracht', false],
    ['no follow-up steps', false, '2026-03-05', 'geen-vervolgstappen', false],
  ] as const)(
    'VT-7.3-a: %s (spoed %s, decided %s, %s) → oversight taken over at the decision: %s',
    (_n, spoed, vandaag, besluit, ja) => {
      expect(
        neemtZichtOpVeiligheidOver({ spoed, zichtOpVeiligheidVanaf: '2026-03-09' }, besluit, vandaag),
      ).toBe(ja);
    },
  );

  const overgenomen = new Date('2026-03-02T09:00:01Z');
  it.each([
    [
      'before the 6th working day',
      false,
      null,
      '2026-03-05',
      'onderzoek',
      { grond: 'besluit', vanaf: '2026-03-05' },
    ],
    ['taken over by the scheduler already', false, overgenomen, '2026-03-09', 'onderzoek', undefined],
    ['an urgent report (taken over at receipt)', true, overgenomen, '2026-03-05', 'overdracht', undefined],
    [
      'on the 6th working day before the scheduler (the scheduler announces it)',
      false,
      null,
      '2026-03-09',
      'onderzoek',
      undefined,
    ],
    [
      'no follow-up steps before the 6th working day',
      false,
      null,
      '2026-03-05',
      'geen-vervolgstappen',
      undefined,
    ],
    [
      'without follow-up steps after the 6th working day (the scheduler announces it)',
      false,
      null,
      '2026-03-10',
      'geen-vervolgstappen',
      undefined,
    ],
  ] as const)(
    'VT-7.3-a: a decision %s (spoed %s, taken over %s, decided %s, %s) announces the takeover %j, once',
    (_n, spoed, zichtOvergenomenOp, vandaag, besluit, overname) => {
      expect(
        overnameBijBesluit(
          { spoed, zichtOpVeiligheidVanaf: '2026-03-09', zichtOvergenomenOp },
          besluit,
          vandaag,
        ),
      ).toEqual(overname);
    },
  );
});
