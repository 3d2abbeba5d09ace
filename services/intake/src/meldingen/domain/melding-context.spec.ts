import { OngeldigeInvoer, RegelOvertreding } from '@vt/contracts';
import { given } from '@vt/testing';
import {
  hermelding,
  kiesRegio,
  type Meldingscontext,
  toetsMeldingscontext,
  zichtOpVeiligheidBij,
} from './melding-context';

const ONTVANGEN = new Date('2026-03-02T23:30:00Z'); // 3 March in Amsterdam

function uitkomst(m: Meldingscontext): string | undefined {
  try {
    toetsMeldingscontext(m, ONTVANGEN);
    return undefined;
  } catch (e) {
    if (e instanceof RegelOvertreding) return `422 ${e.regel} ${e.errors.map((f) => f.field).join(',')}`;
    if (e instanceof OngeldigeInvoer) return `400 ${e.errors.map((f) => f.field).join(',')}`;
    throw e;
  }
}

const omstander = { type: 'omstander' as const };

describe('the context of a report (§3.2, §6.1, §6.3, §6.8)', () => {
  it.each<[string, Meldingscontext, string | undefined]>([
    ['a professional by phone', given.melding(), undefined],
    ['VT-3.2-d: chat never becomes a report', given.melding({ kanaal: 'chat' }), '422 VT-3.2-d kanaal'],
    [
      'VT-6.4-a: the police report digitally',
      given.melding({ kanaal: 'digitaal', melder: { type: 'politie' } }),
      undefined,
    ],
    [
      'VT-6.3.1-a: a professional names the Kindcheck and the Meldcode steps',
      given.melding({ melder: { checkAanleiding: 'kindcheck', meldcodeStappenBesproken: true } }),
      undefined,
    ],
    [
      'VT-6.3.1-a: a bystander has no Kindcheck or Meldcode steps',
      {
        ...given.melding(),
        melder: { ...omstander, checkAanleiding: 'mantelzorgcheck', meldcodeStappenBesproken: false },
      },
      '422 VT-6.3.1-a melder.meldcodeStappenBesproken,melder.checkAanleiding',
    ],
    [
      'VT-6.1-a: a professional may keep the oversight of safety',
      given.melding({ afspraken: { zichtOpVeiligheidBij: 'melder' } }),
      undefined,
    ],
    [
      'VT-6.1-a: a bystander cannot keep it',
      { ...given.melding({ afspraken: { zichtOpVeiligheidBij: 'melder' } }), melder: omstander },
      '422 VT-6.1-a afspraken.zichtOpVeiligheidBij',
    ],
    [
      'feedback on the day of receipt (Amsterdam)',
      given.melding({ terugkoppeling: { verwachtOp: '2026-03-03' } }),
      undefined,
    ],
    [
      'feedback before the day of receipt',
      given.melding({ terugkoppeling: { verwachtOp: '2026-03-02' } }),
      '400 terugkoppeling.verwachtOp',
    ],
  ])('%s', (_naam, m, verwacht) => {
    expect(uitkomst(m)).toBe(verwacht);
  });

  it.each<[string, Meldingscontext, string | null]>([
    [
      'VT-6.1-a: a bystander: Veilig Thuis, whatever was said',
      { ...given.melding(), melder: omstander },
      'veilig-thuis',
    ],
    ['a professional: as agreed', given.melding({ afspraken: { zichtOpVeiligheidBij: 'melder' } }), 'melder'],
    ['a professional without an agreement: not recorded', given.melding(), null],
  ])('%s', (_naam, m, bij) => {
    expect(zichtOpVeiligheidBij(m)).toBe(bij);
  });
});

describe('VT-3.0-a/b: the region', () => {
  it.each<[string, { regio: string } | undefined, string | undefined]>([
    ['the residence gives the region', undefined, 'VR09'],
    ['VT-3.0-b: a deviation takes the region named', { regio: 'VR13' }, 'VR13'],
    ['a "deviation" to the same region is invalid', { regio: 'VR09' }, undefined],
  ])('%s', (_naam, afwijking, regio) => {
    if (regio) expect(kiesRegio('VR09', afwijking)).toBe(regio);
    else expect(() => kiesRegio('VR09', afwijking)).toThrow(OngeldigeInvoer);
  });
});

describe('VT-B1-b: the re-report category', () => {
  const dicht = (...personen: string[]) => ({ status: 'afgesloten' as const, personen });
  it.each<[string, Parameters<typeof hermelding>[0], boolean, string | null]>([
    ['nobody had a file', [], false, null],
    ['one person on a closed file', [dicht('a')], false, 'een-persoon'],
    ['one person on two closed files', [dicht('a'), dicht('a')], false, 'een-persoon'],
    ['two people, on one or more closed files', [dicht('a'), dicht('b')], false, 'meerdere-personen'],
    ['joining a running file is no re-report', [dicht('a', 'b')], true, null],
    [
      'only a running file of theirs: no earlier involvement',
      [{ status: 'lopend', personen: ['a'] }],
      false,
      null,
    ],
  ])('%s', (_naam, bestaande, lopend, categorie) => {
    expect(hermelding(bestaande, lopend)).toBe(categorie);
  });
});
