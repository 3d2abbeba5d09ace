import { type BestaandDossier, type GekozenDossier, kiesDossier, nieuwDossier } from './dossierkeuze';

const NIEUW = 'nieuw-dossier';
const lopend = (id: string, eerdere: string[] = []): BestaandDossier => ({
  id,
  status: 'lopend',
  eerdereDossiers: eerdere,
});
const afgesloten = (id: string): BestaandDossier => ({ id, status: 'afgesloten', eerdereDossiers: [] });

describe('VT-6.6-a: join a running file or open a new one', () => {
  it.each<[string, BestaandDossier[], GekozenDossier]>([
    ['nobody has a file: a new one without history', [], { id: NIEUW, lopend: false, eerdereDossiers: [] }],
    ['a running file is joined', [lopend('a', ['x'])], { id: 'a', lopend: true, eerdereDossiers: ['x'] }],
    [
      'a running file is joined, whatever closed files there are besides',
      [afgesloten('b'), lopend('a'), afgesloten('c')],
      { id: 'a', lopend: true, eerdereDossiers: [] },
    ],
    [
      'of two running files the newest (first) is joined',
      [lopend('nieuwer'), lopend('ouder')],
      { id: 'nieuwer', lopend: true, eerdereDossiers: [] },
    ],
    [
      'VT-15.3.2: only closed files: a new one lists them, newest first',
      [afgesloten('b'), afgesloten('c')],
      { id: NIEUW, lopend: false, eerdereDossiers: ['b', 'c'] },
    ],
  ])('%s', (_naam, bestaande, gekozen) => {
    expect(kiesDossier(bestaande, NIEUW)).toEqual(gekozen);
  });

  it('a report about nobody the vault knew opens the new file it linked, with no history', () => {
    expect(nieuwDossier('d')).toEqual({ id: 'd', lopend: false, eerdereDossiers: [] });
  });
});
