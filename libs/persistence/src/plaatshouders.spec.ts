import { plaatshouders } from './sql-executor';

describe('persistence: plaatshouders numbers a statement built once in the order it is written (ADR 0012)', () => {
  it('hands out $1, $2, … with the casts asked for', () => {
    const p = plaatshouders();
    expect([p('uuid[]'), p(), p('jsonb')]).toEqual(['$1::uuid[]', '$2', '$3::jsonb']);
  });

  it('each statement counts from $1', () => {
    const a = plaatshouders();
    a();
    expect(plaatshouders()()).toBe('$1');
  });
});
