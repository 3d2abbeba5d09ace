import { nameBirthDateMatchValue, normaliseName } from './name-normalisation';

describe('name normalisation for household matching (VT-1.3 radar)', () => {
  it.each([
    ['van der Berg', 'vanderberg'],
    ['Van Der-Berg', 'vanderberg'],
    ['Çelik', 'celik'],
    ["O'Neill", 'oneill'],
    ['  Jansen ', 'jansen'],
  ])('%s → %s', (input, expected) => expect(normaliseName(input)).toBe(expected));

  it('needs both surname and birth date', () => {
    expect(nameBirthDateMatchValue('Jansen', undefined)).toBeUndefined();
    expect(nameBirthDateMatchValue(undefined, '2015-01-01')).toBeUndefined();
    expect(nameBirthDateMatchValue('Jansen', '2015-01-01')).toBe('jansen|2015-01-01');
  });
});
