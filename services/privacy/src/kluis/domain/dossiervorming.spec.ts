import type { Dossiervorming } from '@vt/contracts';
import { gebrekAanNietTerInzage, gebrekenInAantekeningen, gebrekenInDossiervorming } from './dossiervorming';

const FEIT: Dossiervorming = { aard: 'feit', bron: { soort: 'veilig-thuis' }, actueelContact: true };

describe('file-keeping rules of a note (§15.4, §2.1.8)', () => {
  it.each<[string, Partial<Dossiervorming>, string[]]>([
    ['VT-2.1.8-a: a fact of Veilig Thuis itself', {}, []],
    ['VT-15.4-c: an opinion without its status', { aard: 'mening' }, ['VT-15.4-c status']],
    ['VT-15.4-c: a hypothesis with its status', { aard: 'hypothese', status: 'voorlopig' }, []],
    [
      'VT-15.4-e: a third party unnamed',
      { bron: { soort: 'professional' } },
      ['VT-15.4-e bron.omschrijving'],
    ],
    ['VT-15.4-e: a reporter, known by ref', { bron: { soort: 'melder' } }, []],
    [
      'VT-15.4-d: medical information from a reporter',
      { bron: { soort: 'melder' }, medisch: { bevoegdeProfessional: 'x', noodzaak: 'y' } },
      ['VT-15.4-d bron.soort'],
    ],
    [
      'VT-15.4-d: medical information from an authorised professional',
      {
        bron: { soort: 'professional', omschrijving: 'huisarts' },
        medisch: { bevoegdeProfessional: 'huisarts', noodzaak: 'weging' },
      },
      [],
    ],
    [
      'VT-15.4-f: an informant without approval status',
      { bron: { soort: 'informant', omschrijving: 'buurvrouw' } },
      ['VT-15.4-f informantAccordering'],
    ],
    [
      'VT-15.4-f: an informant, approved',
      { bron: { soort: 'informant', omschrijving: 'buurvrouw' }, informantAccordering: 'geaccordeerd' },
      [],
    ],
    [
      'VT-15.4-f: an approval status of someone not an informant',
      { informantAccordering: 'geaccordeerd' },
      ['VT-15.4-f informantAccordering'],
    ],
    [
      "VT-15.4-i: a person's own view from someone else",
      { zienswijzeBetrokkene: true },
      ['VT-15.4-i bron.soort'],
    ],
    [
      "VT-15.4-i: a person's own view, from him",
      { zienswijzeBetrokkene: true, bron: { soort: 'betrokkene' } },
      [],
    ],
    [
      "VT-15.4-j: incriminating, without the person's view or why not",
      { bron: { soort: 'melder' }, belastend: {} },
      ['VT-15.4-j belastend'],
    ],
    [
      'VT-15.4-j: incriminating, with the reason it could not be asked',
      { bron: { soort: 'melder' }, belastend: { nietGevraagdReden: 'onbereikbaar' } },
      [],
    ],
    [
      'VT-15.4-j: incriminating, with a ref to his view',
      { bron: { soort: 'melder' }, belastend: { zienswijzeRef: '3e7a1c9d-5b2f-4d8e-a6c0-1f9b3d7e5a24' } },
      [],
    ],
  ])('%s', (_, d, verwacht) => {
    expect(
      gebrekenInDossiervorming({ ...FEIT, ...d }, 'd').map((g) => `${g.regel} ${g.veld.slice(2)}`),
    ).toEqual(verwacht);
  });

  it('a note without dossiervorming is not refused (v1 callers); the refusal names field and rule', () => {
    expect(gebrekenInDossiervorming(undefined, 'd')).toEqual([]);
    expect(gebrekenInAantekeningen([{}, { dossiervorming: { ...FEIT, aard: 'oordeel' } }], 'x')).toBe(
      'VT-15.4-c: x[1].dossiervorming.status: a oordeel states its status explicitly',
    );
  });
});

describe('VT-15.6-b: the niet-ter-inzage part only for an anonymous reporter or informant', () => {
  const pad = { personen: 'personen', aantekeningen: 'aantekeningen' };
  it.each<[string, { rol: string; nietTerInzage?: boolean }[], boolean[], number, string | undefined]>([
    ['an anonymous reporter', [{ rol: 'melder', nietTerInzage: true }], [true], 1, undefined],
    ['an anonymous informant', [{ rol: 'informant', nietTerInzage: true }], [], 1, undefined],
    [
      'a parent put there',
      [{ rol: 'ouder', nietTerInzage: true }],
      [],
      0,
      "VT-15.6-b: personen[0].nietTerInzage: only an anonymous reporter's or informant's identity",
    ],
    [
      'a text without an anonymous reporter',
      [{ rol: 'melder' }],
      [false, true],
      0,
      'VT-15.6-b: aantekeningen[1].nietTerInzage: the call names no anonymous reporter or informant',
    ],
    ['ordinary texts', [{ rol: 'kind' }], [false], 0, undefined],
  ])('%s', (_, personen, teksten, anoniemen, gebrek) => {
    expect(
      gebrekAanNietTerInzage(
        personen,
        teksten.map((nietTerInzage) => ({ nietTerInzage })),
        anoniemen,
        pad,
      ),
    ).toBe(gebrek);
  });
});
