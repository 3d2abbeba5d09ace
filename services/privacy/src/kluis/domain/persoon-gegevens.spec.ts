import { gegevensVan, PERSOON_VELDEN, type PersoonGegevens, vulAan } from './persoon-gegevens';

const NU = new Date('2026-11-29T10:00:00Z');

describe('a known person after a new report (VT-6.0-a: every report is recorded)', () => {
  const bekend = { voornaam: 'Tim', achternaam: 'Jansen', geboortedatum: '2016-05-06' };

  it('adds what the record lacked: a BSN learnt later, an address', () => {
    expect(vulAan(bekend, { ...bekend, bsn: '111222333', adres: 'Dorpsstraat 1' }, NU)).toEqual({
      ...bekend,
      bsn: '111222333',
      adres: 'Dorpsstraat 1',
    });
  });

  it('takes a changed value and keeps the old one with the moment it was replaced', () => {
    const eerst = vulAan({ ...bekend, adres: 'Dorpsstraat 1' }, { adres: 'Kerkweg 2' }, NU);
    expect(eerst).toEqual({
      ...bekend,
      adres: 'Kerkweg 2',
      eerder: [{ veld: 'adres', waarde: 'Dorpsstraat 1', vervangenOp: NU.toISOString() }],
    });
    const later = new Date('2026-12-01T09:00:00Z');
    expect(vulAan(eerst ?? {}, { adres: 'Laan 3', gezag: true }, later)?.eerder).toEqual([
      { veld: 'adres', waarde: 'Dorpsstraat 1', vervangenOp: NU.toISOString() },
      { veld: 'adres', waarde: 'Kerkweg 2', vervangenOp: later.toISOString() },
    ]);
  });

  it('changes nothing when the report says nothing new, and never drops a field the report leaves out', () => {
    expect(vulAan({ ...bekend, bsn: '111222333' }, bekend, NU)).toBeUndefined();
    expect(vulAan({ ...bekend, bsn: '111222333' }, { gezag: true }, NU)).toEqual({
      ...bekend,
      bsn: '111222333',
      gezag: true,
    });
  });

  it('never changes who he is: another surname, birth date or BSN is kept aside for a case worker, once', () => {
    const met = { ...bekend, bsn: '111222333' };
    const uit = vulAan(met, { achternaam: 'Anders', geboortedatum: '2016-05-07', bsn: '999888777' }, NU);
    expect(uit).toEqual({
      ...met,
      afwijkend: [
        { veld: 'achternaam', waarde: 'Anders', vervangenOp: NU.toISOString() },
        { veld: 'geboortedatum', waarde: '2016-05-07', vervangenOp: NU.toISOString() },
        { veld: 'bsn', waarde: '999888777', vervangenOp: NU.toISOString() },
      ],
    });
    expect(vulAan(uit ?? {}, { achternaam: 'Anders' }, NU)).toBeUndefined();
  });

  it('a name spelt with other capitals or spaces is the same name, not a change', () => {
    expect(vulAan(bekend, { achternaam: 'JANSEN', voornaam: 'tim' }, NU)).toBeUndefined();
  });

  it('gegevensVan keeps only the fields a person has, so `eerder` can never come from a caller', () => {
    expect(gegevensVan({ voornaam: 'Tim', eerder: [{ veld: 'bsn' }], sleutel: 'x' })).toEqual({
      voornaam: 'Tim',
    });
  });
});

describe('which fields a later report may change (VT-6.0-a), field by field', () => {
  const bekend: PersoonGegevens = {
    naam: 'T. Jansen',
    voornaam: 'Tim',
    achternaam: 'Jansen',
    geboortedatum: '2016-05-06',
    bsn: '111222333',
    gezag: false,
    adres: 'Dorpsstraat 1',
    telefoon: '0612345678',
    email: 'tim@example.org',
    instelling: 'School',
  };
  const anders: Required<Omit<PersoonGegevens, 'eerder' | 'afwijkend'>> = {
    naam: 'T. Anders',
    voornaam: 'Tom',
    achternaam: 'Anders',
    geboortedatum: '2016-05-07',
    bsn: '999888777',
    gezag: true,
    adres: 'Kerkweg 2',
    telefoon: '0687654321',
    email: 'tom@example.org',
    instelling: 'Huisarts',
  };

  const IDENTITEIT: readonly string[] = ['naam', 'voornaam', 'achternaam', 'geboortedatum', 'bsn'];
  it.each(PERSOON_VELDEN.map((veld) => [veld, IDENTITEIT.includes(veld) ? 'afwijkend' : 'eerder'] as const))(
    'another %s goes to `%s`',
    (veld, naar) => {
      const uit = vulAan(bekend, { [veld]: anders[veld] }, NU);
      const vastgelegd = { veld, vervangenOp: NU.toISOString() };
      if (naar === 'afwijkend') {
        expect(uit).toEqual({ ...bekend, afwijkend: [{ ...vastgelegd, waarde: anders[veld] }] });
      } else {
        expect(uit).toEqual({
          ...bekend,
          [veld]: anders[veld],
          eerder: [{ ...vastgelegd, waarde: bekend[veld] }],
        });
      }
      // A field the record lacked is simply added, identity or not.
      expect(vulAan({}, { [veld]: anders[veld] }, NU)).toEqual({ [veld]: anders[veld] });
    },
  );
});
