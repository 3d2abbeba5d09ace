import { gebrekAanNieuwDossier, opentNieuwDossier } from './nieuw-dossier';

describe('a new file in the same call as its people', () => {
  it.each<[string, string[], string[][] | undefined, string | undefined]>([
    ['no new file', ['a', 'a'], undefined, undefined],
    ['texts about people of the call', ['a', 'b'], [['a'], ['a', 'b'], []], undefined],
    ['a label used twice', ['a', 'a'], [], 'personen: sleutel must be unique with nieuwDossier'],
    [
      'a text about a label the call lacks',
      ['a'],
      [['b']],
      'nieuwDossier: betreftSleutels names an unknown sleutel',
    ],
  ])('%s', (_, labels, betreft, gebrek) => {
    const nieuwDossier = betreft && {
      aantekeningen: betreft.map((betreftSleutels) => ({ betreftSleutels })),
    };
    expect(
      gebrekAanNieuwDossier(
        labels.map((sleutel) => ({ sleutel })),
        nieuwDossier,
      ),
    ).toBe(gebrek);
  });

  it.each<[string, ('nieuw' | 'bsn' | 'naam-geboortedatum')[], boolean]>([
    ['everyone is new', ['nieuw', 'nieuw'], true],
    ['someone is known by BSN', ['nieuw', 'bsn'], false],
    ['someone is known by surname and birth date', ['naam-geboortedatum'], false],
  ])('is opened by the vault only when %s (VT-6.6-a is intake’s otherwise)', (_, matches, opent) => {
    expect(opentNieuwDossier(matches)).toBe(opent);
  });
});
