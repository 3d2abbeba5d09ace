import { RegelOvertreding } from '@vt/contracts';
import {
  beginstatus,
  melderNietTerInzage,
  type Meldingsgegevens,
  termijnen,
  toetsMelding,
} from './melding-regels';

const base: Meldingsgegevens = {
  melder: { type: 'omstander', naam: 'x', telefoon: 'y' },
  anonimiteit: 'geen',
};

function regel(m: Meldingsgegevens): string | undefined {
  try {
    toetsMelding(m);
    return undefined;
  } catch (e) {
    if (e instanceof RegelOvertreding) return e.regel;
    throw e;
  }
}

describe('report rules (§6)', () => {
  it.each<[string, Meldingsgegevens, string | undefined]>([
    ['identifiable bystander with phone', base, undefined],
    [
      'identifiable bystander with e-mail only',
      { ...base, melder: { type: 'omstander', naam: 'x', email: 'e' } },
      undefined,
    ],
    ['no name', { ...base, melder: { type: 'omstander', telefoon: 'y' } }, 'VT-6.0-a'],
    ['no contact details', { ...base, melder: { type: 'omstander', naam: 'x' } }, 'VT-6.0-a'],
    ['blank name', { ...base, melder: { type: 'omstander', naam: '  ', telefoon: 'y' } }, 'VT-6.0-a'],
    [
      'police identified by institution',
      { ...base, melder: { type: 'politie', instelling: 'p', email: 'e' } },
      undefined,
    ],
    [
      'bystander identified by institution only',
      { ...base, melder: { type: 'omstander', instelling: 'p', email: 'e' } },
      'VT-6.0-a',
    ],
    [
      'anonymous towards VT without identity',
      { melder: { type: 'omstander' }, anonimiteit: 'tov-veilig-thuis' },
      undefined,
    ],
    [
      'anonymous towards VT with a name',
      { melder: { type: 'omstander', naam: 'x' }, anonimiteit: 'tov-veilig-thuis' },
      'VT-6.5.2-a',
    ],
    [
      'anonymous towards VT naming the institution that could reveal him',
      { melder: { type: 'professional', instelling: 'Huisartsenpraktijk' }, anonimiteit: 'tov-veilig-thuis' },
      'VT-6.5.2-a',
    ],
    [
      'anonymous towards the family still identifiable to VT',
      { melder: { type: 'omstander' }, anonimiteit: 'tov-directbetrokkenen' },
      'VT-6.0-a',
    ],
    [
      'professional anonymous towards the family without ground',
      { melder: { type: 'professional', naam: 'x', telefoon: 'y' }, anonimiteit: 'tov-directbetrokkenen' },
      'VT-6.5.1-b',
    ],
    [
      'professional anonymous towards the family with ground',
      {
        melder: { type: 'professional', naam: 'x', telefoon: 'y' },
        anonimiteit: 'tov-directbetrokkenen',
        anonimiteitsgrond: 'bedreiging-melder',
      },
      undefined,
    ],
    ['ground without anonymity', { ...base, anonimiteitsgrond: 'bedreiging-melder' }, 'VT-6.5.1-b'],
  ])('VT-6.0-a / VT-6.5: %s', (_name, input, expected) => {
    expect(regel(input)).toBe(expected);
  });

  it('VT-6.5.2-a: a report anonymous towards VT is not taken into treatment', () => {
    expect(beginstatus('tov-veilig-thuis')).toBe('niet-in-behandeling');
    expect(beginstatus('geen')).toBe('in-behandeling');
    expect(beginstatus('tov-directbetrokkenen')).toBe('in-behandeling');
  });

  it('VT-6.5.1-d: an anonymous reporter is always in the niet-ter-inzage part', () => {
    for (const type of ['professional', 'politie', 'omstander', 'directbetrokkene'] as const) {
      for (const toestemmingIdentiteitDelen of [undefined, false, true]) {
        expect(
          melderNietTerInzage({
            anonimiteit: 'tov-directbetrokkenen',
            melder: { type, toestemmingIdentiteitDelen },
          }),
        ).toBe(true);
      }
    }
  });

  it.each([
    ['omstander', undefined, true],
    ['omstander', false, true],
    ['omstander', true, false],
    ['directbetrokkene', undefined, true],
    ['directbetrokkene', true, false],
    ['professional', undefined, false],
    ['politie', undefined, false],
  ] as const)(
    'VT-2.1.1-b / VT-6.5.1-a: reporter type %s without anonymity, consent %s → niet ter inzage: %s',
    (type, toestemmingIdentiteitDelen, verwacht) => {
      expect(melderNietTerInzage({ anonimiteit: 'geen', melder: { type, toestemmingIdentiteitDelen } })).toBe(
        verwacht,
      );
    },
  );

  it('VT-7.3-a: an urgent report puts oversight of safety on the receipt date', () => {
    const kalender = {
      werkdagNa: (_: Date | string, n: number) => `werkdag-${n}`,
      datumInAmsterdam: () => 'vandaag',
    };
    expect(termijnen(kalender, new Date(), false)).toEqual({
      veiligheidsbeoordelingUiterlijk: 'werkdag-5',
      zichtOpVeiligheidUiterlijk: 'werkdag-6',
    });
    expect(termijnen(kalender, new Date(), true).zichtOpVeiligheidUiterlijk).toBe('vandaag');
  });
});
