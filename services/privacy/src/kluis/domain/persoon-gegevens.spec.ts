import { gegevensVan, vulAan } from './persoon-gegevens';

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
    expect(vulAan({ ...bekend, bsn: '111222333' }, { ...bekend, voornaam: 'Timo' }, NU)).toMatchObject({
      bsn: '111222333',
      voornaam: 'Timo',
    });
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
