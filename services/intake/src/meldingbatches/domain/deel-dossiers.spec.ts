import { DeelDossiers } from './deel-dossiers';

describe('VT-6.6-a: within one chunk, an item about a person an earlier item named joins its file', () => {
  it.each<[string, string[], string | undefined]>([
    ['a person of the first item', ['a'], 'd1'],
    ['a person of the second item, with a new one', ['x', 'c'], 'd2'],
    ['the first file wins for people of both', ['c', 'a'], 'd2'],
    ['nobody named before', ['x'], undefined],
  ])('%s', (_naam, refs, dossier) => {
    const deel = new DeelDossiers();
    deel.kies(['a', 'b'], { id: 'd1', lopend: false, eerdereDossiers: [] });
    deel.kies(['c', 'a'], { id: 'd2', lopend: false, eerdereDossiers: ['d0'] });
    const gekozen = deel.van(refs);
    expect(gekozen?.id).toBe(dossier);
    // Joined as the running file it now is.
    if (gekozen) expect(gekozen.lopend).toBe(true);
  });
});
