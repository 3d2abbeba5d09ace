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
