import {
  GEMEENTEN,
  REGIOS,
  REGIO_CODES,
  VERVALLEN_GEMEENTEN,
  gemeente,
  huidigeGemeente,
  huidigeGemeentecode,
  isGemeentecode,
  isRegioCode,
  regio,
  regioVoorGemeente,
} from './index';

describe('woonplaatsbeginsel: municipality → region (contract §1.1)', () => {
  it('ships 342 municipalities with unique, well-formed codes', () => {
    expect(GEMEENTEN).toHaveLength(342);
    expect(new Set(GEMEENTEN.map((g) => g.code)).size).toBe(342);
    expect(GEMEENTEN.every((g) => isGemeentecode(g.code))).toBe(true);
    expect(new Set(GEMEENTEN.map((g) => g.naam)).size).toBe(342);
  });

  it('maps every municipality to exactly one of the 25 regions', () => {
    for (const g of GEMEENTEN) {
      expect(isRegioCode(g.regio)).toBe(true);
      expect(regioVoorGemeente(g.code)).toBe(g.regio);
    }
  });

  it('has 25 regions VR01…VR25, each with at least one municipality', () => {
    const verwacht = Array.from({ length: 25 }, (_, i) => `VR${String(i + 1).padStart(2, '0')}`);
    expect(REGIO_CODES).toEqual(verwacht);
    expect(new Set(REGIOS.map((r) => r.naam)).size).toBe(25);
    for (const code of REGIO_CODES) expect(GEMEENTEN.some((g) => g.regio === code)).toBe(true);
  });

  it.each([
    ['GM0344', 'Utrecht', 'VR09'],
    ['GM0363', 'Amsterdam', 'VR13'],
    ['GM0014', 'Groningen', 'VR01'],
    ['GM0034', 'Almere', 'VR25'],
    ['GM0599', 'Rotterdam', 'VR17'],
    ['GM0518', "'s-Gravenhage", 'VR15'],
    ['GM0820', 'Nuenen, Gerwen en Nederwetten', 'VR22'],
  ])('%s %s → %s', (code, naam, regiocode) => {
    expect(gemeente(code)).toEqual({ code, naam, regio: regiocode });
    expect(regioVoorGemeente(code)).toBe(regiocode);
  });

  it.each(['GM9999', 'GM0000', 'gm0344', 'GM344', '0344', '', 'toString', '__proto__'])(
    'unknown code %j → undefined',
    (code) => {
      expect(gemeente(code)).toBeUndefined();
      expect(regioVoorGemeente(code)).toBeUndefined();
      expect(huidigeGemeente(code)).toBeUndefined();
    },
  );

  it.each([
    ['GM0344', true],
    ['GM9999', true],
    ['gm0344', false],
    ['GM344', false],
    ['GM03440', false],
    [' GM0344', false],
    [344, false],
    [undefined, false],
  ])('isGemeentecode(%j) is %s', (x, verwacht) => {
    expect(isGemeentecode(x)).toBe(verwacht);
  });

  it.each([
    ['VR01', true],
    ['VR25', true],
    ['VR00', false],
    ['VR26', false],
    ['vr01', false],
    [1, false],
  ])('isRegioCode(%j) is %s', (x, verwacht) => {
    expect(isRegioCode(x)).toBe(verwacht);
  });

  it('regio() gives the name of a region', () => {
    expect(regio('VR13')).toEqual({ code: 'VR13', naam: 'Amsterdam-Amstelland' });
    expect(regio('VR99')).toBeUndefined();
  });
});

describe('municipal mergers: old codes stay resolvable', () => {
  it.each([
    ['GM0457', 'Weesp', 'GM0363', 'VR13'],
    ['GM0501', 'Brielle', 'GM1992', 'VR17'],
    ['GM0370', 'Beemster', 'GM0439', 'VR11'],
    ['GM0756', 'Boxmeer', 'GM1982', 'VR21'],
    ['GM0398', 'Heerhugowaard', 'GM1980', 'VR10'],
  ])('%s (%s) resolves to %s in %s', (oud, naam, nieuw, regiocode) => {
    expect(VERVALLEN_GEMEENTEN[oud]?.naam).toBe(naam);
    expect(gemeente(oud)).toBeUndefined();
    expect(huidigeGemeentecode(oud)).toBe(nieuw);
    expect(huidigeGemeente(oud)?.code).toBe(nieuw);
    expect(regioVoorGemeente(oud)).toBe(regiocode);
  });

  it('every merged-away code is well formed, not current, dated, and ends at a current municipality', () => {
    for (const [oud, v] of Object.entries(VERVALLEN_GEMEENTEN)) {
      expect(isGemeentecode(oud)).toBe(true);
      expect(gemeente(oud)).toBeUndefined();
      expect(v.per).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(gemeente(huidigeGemeentecode(oud) ?? '')).toBeDefined();
    }
  });

  it('a current code resolves to itself', () => {
    expect(huidigeGemeentecode('GM0344')).toBe('GM0344');
  });
});
