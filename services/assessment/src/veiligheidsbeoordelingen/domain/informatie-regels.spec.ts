import { RegelOvertreding } from '@vt/contracts';
import { type InformatieVoorstel, toetsInformatie } from './informatie-regels';

const wat: InformatieVoorstel = {
  bron: 'lokaal-team',
  soort: 'wat',
  voorContactMetDirectbetrokkenen: true,
  feit: 'bekend sinds 2024',
};

function uitkomst(v: InformatieVoorstel): string {
  try {
    toetsInformatie(v);
    return 'ok';
  } catch (err) {
    if (err instanceof RegelOvertreding) return `${err.regel} ${err.errors.map((e) => e.field).join(',')}`;
    throw err;
  }
}

describe('information gathering (VT-7.4.1, VT-2.1.8)', () => {
  it.each<[string, InformatieVoorstel, string]>([
    ['a fact from a local team', wat, 'ok'],
    ['an interpretation only', { ...wat, feit: undefined, interpretatie: 'lijkt overbelast' }, 'ok'],
    [
      'VT-2.1.8-a: "what" information without fact or interpretation',
      { ...wat, feit: ' ' },
      'VT-2.1.8-a feit',
    ],
    [
      'VT-7.4.1.1-a: a "that" check names known / not known',
      { ...wat, soort: 'dat', feit: undefined },
      'VT-7.4.1.1-a bekend',
    ],
    ['VT-7.4.1.1-a: a "that" check', { ...wat, soort: 'dat', feit: undefined, bekend: false }, 'ok'],
    [
      'VT-7.4.1.1-c: police "what" information without a ground',
      { ...wat, bron: 'politie' },
      'VT-7.4.1.1-c politiegrond',
    ],
    [
      'VT-7.4.1.1-c: OM "what" information without a ground',
      { ...wat, bron: 'openbaar-ministerie' },
      'VT-7.4.1.1-c politiegrond',
    ],
    [
      'VT-7.4.1.1-c: police, needed for the first contact',
      { ...wat, bron: 'politie', politiegrond: 'nodig-voor-eerste-contact' },
      'ok',
    ],
    [
      'VT-7.4.1.1-c: police, a criminal investigation may be under way',
      { ...wat, bron: 'politie', politiegrond: 'strafrechtelijk-onderzoek' },
      'ok',
    ],
    [
      'VT-7.4.1.1-a: asking the police "that" needs no ground',
      { ...wat, bron: 'politie', soort: 'dat', feit: undefined, bekend: true },
      'ok',
    ],
  ])('%s → %s', (_naam, v, verwacht) => {
    expect(uitkomst(v)).toBe(verwacht);
  });
});
