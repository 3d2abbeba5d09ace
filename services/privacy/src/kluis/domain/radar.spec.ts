import type { PersoonGegevens } from './persoon-gegevens';
import {
  matchbaar,
  naamGeboortedatum,
  naamGeboortedatumTeIndexeren,
  type RadarOpgave,
  type Vergelijkbaar,
  zoekwaarden,
  zoekZelfdePersoon,
} from './radar';

// Stand-ins for the blind indexes: a truncated HMAC collides, so the first letter is all they keep.
const bidx = (waarde: string | undefined) => (waarde ? waarde.slice(0, 1) : undefined);
const indexen = (p: RadarOpgave) => ({ bsn: bidx(p.bsn), naamGd: bidx(naamGeboortedatum(p)) });
const bekende = (persoonRef: string, g: PersoonGegevens): Vergelijkbaar => ({
  persoonRef,
  bidxBsn: bidx(g.bsn) ?? null,
  bidxNaamGd: bidx(naamGeboortedatum(g)) ?? null,
  gegevens: () => g,
});

const TIM = { voornaam: 'Tim', achternaam: 'Jansen', geboortedatum: '2016-05-06', bsn: '111222333' };
const KIND = { rol: 'kind', ...TIM };

describe('the radar (§1.3): which known person a person of a report is', () => {
  const opgeslagen = [
    bekende('tim', TIM),
    bekende('tim-zonder-bsn', { ...TIM, bsn: undefined, voornaam: undefined }),
    bekende('botsing', {
      voornaam: 'Jan',
      achternaam: 'Jongen',
      geboortedatum: '2016-05-06',
      bsn: '199999999',
    }),
  ];

  it.each<[string, RadarOpgave, string | undefined, string | undefined]>([
    ['the same BSN', { rol: 'kind', bsn: TIM.bsn }, 'tim', 'bsn'],
    ['the same BSN under another name', { ...KIND, achternaam: 'Anders' }, 'tim', 'bsn'],
    [
      'surname and birth date, spelt otherwise',
      { rol: 'kind', achternaam: 'JANSEN', geboortedatum: TIM.geboortedatum },
      'tim',
      'naam-geboortedatum',
    ],
    [
      'surname and birth date with the same first name',
      { ...KIND, bsn: undefined, voornaam: 'tim' },
      'tim',
      'naam-geboortedatum',
    ],
    [
      'surname and birth date with another first name',
      { ...KIND, bsn: undefined, voornaam: 'Tom' },
      'tim-zonder-bsn',
      'naam-geboortedatum',
    ],
    [
      'surname and birth date but another BSN',
      { ...KIND, bsn: '444555666' },
      'tim-zonder-bsn',
      'naam-geboortedatum',
    ],
    ['a colliding blind index only', { rol: 'kind', bsn: '199999990' }, undefined, undefined],
    ['a surname without a birth date', { rol: 'kind', achternaam: 'Jansen' }, undefined, undefined],
    ['a reporter, even by BSN', { ...KIND, rol: 'melder' }, undefined, undefined],
    ['a niet-ter-inzage identity, even by BSN', { ...KIND, nietTerInzage: true }, undefined, undefined],
  ])('%s', (_, opgave, persoonRef, match) => {
    const gevonden = zoekZelfdePersoon(opgave, indexen(opgave), opgeslagen);
    expect([gevonden?.persoon.persoonRef, gevonden?.match]).toEqual([persoonRef, match]);
  });

  it('opens nobody whose blind indexes differ', () => {
    const geopend: string[] = [];
    const gevolgd = opgeslagen.map((v) => ({
      ...v,
      gegevens: () => (geopend.push(v.persoonRef), v.gegevens()),
    }));
    zoekZelfdePersoon({ rol: 'kind', bsn: '999999999' }, { bsn: 'x' }, gevolgd);
    expect(geopend).toEqual([]);
  });

  it.each<[string, RadarOpgave, boolean]>([
    ['a household member', { rol: 'kind' }, true],
    ['a reporter', { rol: 'melder' }, false],
    ['a niet-ter-inzage identity', { rol: 'ouder', nietTerInzage: true }, false],
  ])('only household members are matched: %s', (_, opgave, verwacht) => {
    expect(matchbaar(opgave)).toBe(verwacht);
  });

  it('searches, and so locks, each BSN and surname + birth date of the matchable people once', () => {
    expect(
      zoekwaarden([
        KIND,
        { ...KIND, achternaam: 'jansen ' },
        { rol: 'melder', bsn: '999888777', achternaam: 'Melder', geboortedatum: '1970-01-01' },
        { rol: 'ouder', achternaam: 'Jansen' },
      ]),
    ).toEqual({ bsns: [TIM.bsn], naamGeboortedata: [naamGeboortedatum(TIM)] });
  });

  it.each<[string, string[], string | undefined]>([
    ['a value the call locked', [naamGeboortedatum(TIM) as string], naamGeboortedatum(TIM)],
    ['a value another call may hold', ['jansen|2016-05-07'], undefined],
  ])('a completed record is indexed by surname + birth date only under %s', (_, sloten, verwacht) => {
    expect(naamGeboortedatumTeIndexeren(TIM, new Set(sloten))).toBe(verwacht);
  });
});
