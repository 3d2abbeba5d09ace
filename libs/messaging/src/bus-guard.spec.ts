import { EVENT_CATALOGUE, meldingOntvangenV1 } from '@vt/contracts';
import { assertPublishable, BusGuardError } from './bus-guard';

describe('bus guard (privacy-design.md): the examples AsyncAPI publishes are publishable events', () => {
  it.each(EVENT_CATALOGUE.map((d) => [d.type, d] as const))('%s: every example passes', (_type, def) => {
    for (const example of def.examples) expect(() => assertPublishable(def, example)).not.toThrow();
  });

  it('refuses an example changed to carry a BSN-looking value, naming the finding and not the value', () => {
    const data = { ...meldingOntvangenV1.examples[0], status: '999990019' };
    const refused = (() => {
      try {
        assertPublishable(meldingOntvangenV1, data);
      } catch (err) {
        return err;
      }
    })();
    expect(refused).toBeInstanceOf(BusGuardError);
    expect((refused as BusGuardError).reasons).toContain('looks like bsn');
    expect((refused as BusGuardError).message).not.toContain('999990019');
  });
});
