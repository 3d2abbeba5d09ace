import { given } from './given';

describe('testing: given.melding is a valid report with deep overrides', () => {
  it('overrides merge into nested objects and keep the rest', () => {
    const m = given.melding({ spoed: true, melder: { type: 'omstander' }, zorgen: { schaalvraag: 2 } });
    expect(m.spoed).toBe(true);
    expect(m.melder).toEqual({
      type: 'omstander',
      naam: 'Melder',
      telefoon: '0612345678',
      meldcodePlichtig: true,
    });
    expect(m.zorgen).toEqual({ omschrijving: 'zorgen over het kind', schaalvraag: 2 });
  });

  it('an array is replaced, not merged, and undefined leaves a key out', () => {
    const kind = given.persoon({ voornaam: 'Sam', geboortedatum: undefined });
    const m = given.melding({ huishouden: { personen: [kind] }, melder: { telefoon: undefined } });
    expect(m.huishouden.personen).toEqual([kind]);
    expect('geboortedatum' in kind).toBe(false);
    expect('telefoon' in m.melder).toBe(false);
    expect(m.huishouden.gemeentecode).toBe('GM0344');
  });

  it('each report is about a new household, so two reports never join one file by accident', () => {
    expect(given.melding().huishouden.personen[0].bsn).not.toBe(given.melding().huishouden.personen[0].bsn);
  });
});
