import { RegelOvertreding } from '@vt/contracts';
import { type AfzienVoorstel, type ContactVoorstel, toetsAfzien, toetsContact } from './contact-regels';

function regel(f: () => void): string {
  try {
    f();
    return 'ok';
  } catch (err) {
    if (err instanceof RegelOvertreding) return `${err.regel} ${err.errors.map((e) => e.field).join(',')}`;
    throw err;
  }
}

describe('contact with the family (§2.1, §8.1)', () => {
  it.each<[string, ContactVoorstel, string]>([
    ['a parent only', { deelnemers: [{}] }, 'ok'],
    [
      'VT-2.1.2.1-b: a child of 4 spoken with, parents told beforehand',
      { deelnemers: [{ leeftijd: 4, gesproken: true }], oudersVoorafGeinformeerd: true },
      'ok',
    ],
    [
      'VT-2.1.2.1-b: a child of 4 only seen',
      { deelnemers: [{ leeftijd: 4, gezien: true }], oudersVoorafGeinformeerd: true },
      'VT-2.1.2.1-b deelnemers.0.gesproken',
    ],
    [
      'VT-2.1.2.1-b: a child of 3 seen',
      { deelnemers: [{ leeftijd: 3, gezien: true }], oudersVoorafGeinformeerd: true },
      'ok',
    ],
    [
      'VT-2.1.2.1-b: a child of 3 neither seen nor spoken',
      { deelnemers: [{}, { leeftijd: 3 }] },
      'VT-2.1.2.1-b deelnemers.1.gezien',
    ],
    [
      'VT-1.4-g: a child of 9 not spoken, with explanation',
      { deelnemers: [{ leeftijd: 9, toelichting: 'op school' }] },
      'ok',
    ],
    [
      'VT-2.1.2.1-e: parents not told beforehand, no reason',
      { deelnemers: [{ leeftijd: 8, gesproken: true }], oudersVoorafGeinformeerd: false },
      'VT-2.1.2.1-e redenOudersNietVooraf',
    ],
    [
      'VT-2.1.2.1-e: parents not told beforehand, with the reason',
      { deelnemers: [{ leeftijd: 8, gesproken: true }], redenOudersNietVooraf: 'veiligheid kind' },
      'ok',
    ],
  ])('%s → %s', (_naam, v, verwacht) => {
    expect(regel(() => toetsContact(v))).toBe(verwacht);
  });

  const afzien: AfzienVoorstel = {
    nodigVoorTaak: true,
    nodigVoorBeeindigingOfOnderzoek: true,
    motivering: 'contact brengt het kind in gevaar',
    feiten: 'vader dreigde bij eerder contact',
    informerenOp: '2026-04-01',
    geconsulteerd: ['collega'],
  };

  it.each<[string, Partial<AfzienVoorstel>, string]>([
    ['both conditions, motivation, facts, a date, a colleague', {}, 'ok'],
    [
      'a moment instead of a date',
      { informerenOp: undefined, informerenBij: 'na het gesprek met de politie' },
      'ok',
    ],
    [
      'VT-2.1.3-a: only one condition',
      { nodigVoorBeeindigingOfOnderzoek: false },
      'VT-2.1.3-a nodigVoorBeeindigingOfOnderzoek',
    ],
    ['VT-2.1.3-a: no motivation', { motivering: ' ' }, 'VT-2.1.3-a motivering'],
    ['VT-2.1.3-b: no facts', { feiten: undefined }, 'VT-2.1.3-b feiten'],
    ['VT-2.1.3-c: not when the family will be told', { informerenOp: undefined }, 'VT-2.1.3-c informerenOp'],
    ['VT-2.2.1-a: nobody else consulted', { geconsulteerd: ['beslisser'] }, 'VT-2.2.1-a geconsulteerd'],
  ])('%s → %s', (_naam, v, verwacht) => {
    expect(regel(() => toetsAfzien({ ...afzien, ...v }, 'beslisser'))).toBe(verwacht);
  });
});
