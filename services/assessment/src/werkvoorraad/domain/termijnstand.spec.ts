import { Werkdagkalender } from '@vt/werkdagen';
import { statusBereik, type Termijnstatus, termijnstand } from './termijnstand';

const kalender = new Werkdagkalender();

describe('VT-7.2-a: the worklist counts working days left until uiterlijk, around weekends and Dutch holidays', () => {
  it.each<[string, string, string, number, Termijnstatus]>([
    // [case, uiterlijk, vandaag, working days left, status]
    ['its last day', '2026-03-09', '2026-03-09', 0, 'bijna'],
    ['one working day before', '2026-03-09', '2026-03-06', 1, 'bijna'],
    ['Saturday before a Monday deadline: 1 working day', '2026-03-09', '2026-03-07', 1, 'bijna'],
    ['two working days before', '2026-03-10', '2026-03-06', 2, 'op-tijd'],
    ['five working days before', '2026-03-09', '2026-03-02', 5, 'op-tijd'],
    ['the day after', '2026-03-09', '2026-03-10', -1, 'verlopen'],
    ['two working days after', '2026-03-09', '2026-03-11', -2, 'verlopen'],
    ['the Saturday after a Friday deadline is already overdue', '2026-03-06', '2026-03-07', -1, 'verlopen'],
    ['the Monday after a Friday deadline', '2026-03-06', '2026-03-09', -1, 'verlopen'],
    [
      'Koningsdag (Mon 27 Apr 2026) does not count: Fri 24 → Tue 28 is 1',
      '2026-04-28',
      '2026-04-24',
      1,
      'bijna',
    ],
    ['Koningsdag: Thu 23 → Wed 29 is 3 working days', '2026-04-29', '2026-04-23', 3, 'op-tijd'],
    [
      'Goede Vrijdag (3 Apr 2026) and Easter Monday do not count: Thu 2 → Tue 7 is 1',
      '2026-04-07',
      '2026-04-02',
      1,
      'bijna',
    ],
    ['Goede Vrijdag and Easter Monday: Thu 2 → Wed 8 is 2', '2026-04-08', '2026-04-02', 2, 'op-tijd'],
    [
      'overdue over Easter: a Thursday deadline seen on Easter Monday',
      '2026-04-02',
      '2026-04-06',
      -1,
      'verlopen',
    ],
    ['overdue over Easter: seen on the Wednesday after', '2026-04-02', '2026-04-08', -2, 'verlopen'],
    [
      'Bevrijdingsdag (Tue 5 May 2026) does not count: Mon 4 → Wed 6 is 1',
      '2026-05-06',
      '2026-05-04',
      1,
      'bijna',
    ],
    [
      'Hemelvaart (Thu 14 May 2026) does not count: Wed 13 → Mon 18 is 2',
      '2026-05-18',
      '2026-05-13',
      2,
      'op-tijd',
    ],
    ['Hemelvaart: Wed 13 → Fri 15 is 1', '2026-05-15', '2026-05-13', 1, 'bijna'],
    ['Christmas (25, 26 Dec 2025): Wed 24 → Mon 29 is 1', '2025-12-29', '2025-12-24', 1, 'bijna'],
    [
      'Christmas: overdue on Boxing Day after a Wednesday deadline of the 24th',
      '2025-12-24',
      '2025-12-26',
      -1,
      'verlopen',
    ],
    ['New Year (Thu 1 Jan 2026): Wed 31 Dec → Mon 5 Jan is 2', '2026-01-05', '2025-12-31', 2, 'op-tijd'],
  ])('%s', (_geval, uiterlijk, vandaag, over, status) => {
    expect(termijnstand(kalender, uiterlijk, vandaag)).toEqual({ werkdagenOver: over, status });
  });

  it('the filter ranges put every deadline in the status its row shows, and in no other', () => {
    const dagen = Array.from({ length: 45 }, (_, i) =>
      new Date(Date.UTC(2025, 11, 1 + i)).toISOString().slice(0, 10),
    );
    const statussen: Termijnstatus[] = ['op-tijd', 'bijna', 'verlopen'];
    for (const vandaag of dagen)
      for (const uiterlijk of dagen) {
        const { status } = termijnstand(kalender, uiterlijk, vandaag);
        const binnen = statussen.filter((s) => {
          const r = statusBereik(kalender, s, vandaag);
          return (!r.van || uiterlijk >= r.van) && (!r.tot || uiterlijk < r.tot);
        });
        expect({ vandaag, uiterlijk, binnen }).toEqual({ vandaag, uiterlijk, binnen: [status] });
      }
  });
});
