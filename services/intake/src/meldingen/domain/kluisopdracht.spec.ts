import { given } from '@vt/testing';
import { type Meldingsinhoud, type OverigeTeksten, tekstenVan, teRegistrerenPersonen } from './kluisopdracht';

const melding: Meldingsinhoud = given.melding({
  melder: { type: 'omstander', naam: 'Buur', email: '', meldcodePlichtig: undefined },
  huishouden: {
    adres: 'Straat 1',
    personen: [
      given.persoon({ voornaam: 'Sam', achternaam: 'Jansen', geboortedatum: undefined, bsn: undefined }),
    ],
  },
  zorgen: { omschrijving: 'zorgen', schaalvraagToelichting: '  ', verwachtingen: 'hulp' },
});

describe('what the vault is told about a report', () => {
  it.each<[string, Partial<Meldingsinhoud>, string[]]>([
    ['household and an identified reporter', {}, ['huishouden.0', 'melder']],
    [
      'VT-6.5.2-a: a reporter anonymous towards Veilig Thuis is not registered',
      { anonimiteit: 'tov-veilig-thuis', melder: { type: 'omstander' } },
      ['huishouden.0'],
    ],
    [
      'a reporter who gave nothing to keep is not registered',
      { melder: { type: 'professional' } },
      ['huishouden.0'],
    ],
    [
      'a reporter anonymous towards the family is registered',
      { anonimiteit: 'tov-directbetrokkenen' },
      ['huishouden.0', 'melder'],
    ],
  ])('%s', (_naam, wijziging, sleutels) => {
    expect(teRegistrerenPersonen({ ...melding, ...wijziging }).map((p) => p.sleutel)).toEqual(sleutels);
  });

  it('empty values are not sent; the household address goes with every person', () => {
    const [kind, melder] = teRegistrerenPersonen(melding);
    expect(kind).toEqual({
      sleutel: 'huishouden.0',
      rol: 'kind',
      voornaam: 'Sam',
      achternaam: 'Jansen',
      adres: 'Straat 1',
    });
    expect(melder).toEqual({
      sleutel: 'melder',
      rol: 'melder',
      naam: 'Buur',
      telefoon: '0612345678',
      nietTerInzage: true,
    });
  });

  it('texts of white space only are not stored', () => {
    expect(tekstenVan(melding)).toEqual([
      { sleutel: 'zorgen.omschrijving', soort: 'melding.zorgen.omschrijving', tekst: 'zorgen' },
      { sleutel: 'zorgen.verwachtingen', soort: 'melding.zorgen.verwachtingen', tekst: 'hulp' },
    ]);
  });

  it.each<[string, Partial<Meldingsinhoud> & OverigeTeksten, boolean]>([
    ['VT-6.5.1-d: a bystander without consent: what was agreed with him is niet-ter-inzage', {}, true],
    [
      'a bystander who consented to be known: ordinary part',
      { melder: { type: 'omstander', naam: 'Buur', toestemmingIdentiteitDelen: true } },
      false,
    ],
    [
      'VT-6.5.1-d: a professional anonymous towards the family: niet-ter-inzage',
      { melder: { type: 'professional', naam: 'P' }, anonimiteit: 'tov-directbetrokkenen' },
      true,
    ],
  ])(
    'VT-6.8-a / VT-3.0-b: %s; the reason for another region never is',
    (_naam, aanpassing, nietTerInzage) => {
      const teksten = tekstenVan({
        ...melding,
        ...aanpassing,
        afspraken: { vervolgstappen: 'bellen', communicatie: ' ' },
        terugkoppeling: { afspraak: 'een brief' },
        regioAfwijking: { regio: 'VR13', reden: 'opvang elders' },
      });
      expect(teksten.map((t) => [t.sleutel, t.nietTerInzage === true])).toEqual([
        ['zorgen.omschrijving', false],
        ['zorgen.verwachtingen', false],
        ['afspraken.vervolgstappen', nietTerInzage],
        ['terugkoppeling.afspraak', nietTerInzage],
        ['regioAfwijking.reden', false],
      ]);
    },
  );
});
