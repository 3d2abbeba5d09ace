import fc from 'fast-check';
import { inzageExport, inzageHtml, type OpenAantekening } from './export';

const ZELF = 'a0000000-0000-4000-8000-000000000001';
const ANDER = 'a0000000-0000-4000-8000-000000000002';

/** A text whose value is unique, so finding it in an export can only mean it was exported. */
const waarde = (soort: string) => fc.uuid().map((u) => `${soort}-${u}`);

const aantekening = fc
  .record({
    aantekeningRef: fc.uuid(),
    dossierId: fc.uuid(),
    soort: fc.constantFrom('zorgen', 'gespreksverslag', 'informant'),
    nietTerInzage: fc.boolean(),
    betreft: fc.subarray([ZELF, ANDER], { minLength: 1 }),
    aangemaaktOp: fc
      .date({ noInvalidDate: true, min: new Date('2020-01-01'), max: new Date('2030-01-01') })
      .map((d) => d.toISOString()),
  })
  .chain((a) => waarde(a.nietTerInzage ? 'NTI' : 'tekst').map((tekst): OpenAantekening => ({ ...a, tekst })));

describe('inzageExport (property-based)', () => {
  it('VT-15.6-a / VT-15.8.1-a: no export, JSON or HTML, ever contains a niet-ter-inzage value', () => {
    fc.assert(
      fc.property(
        fc.array(aantekening, { maxLength: 12 }),
        fc.boolean(),
        waarde('naam'),
        (aantekeningen, persoonNti, naam) => {
          const beperkt = aantekeningen.filter((_, i) => i % 3 === 0).map((a) => a.aantekeningRef);
          const e = inzageExport(
            ZELF,
            { gegevens: { naam }, nietTerInzage: persoonNti },
            aantekeningen,
            beperkt,
          );
          const uit = JSON.stringify(e) + inzageHtml(e);
          for (const a of aantekeningen) {
            const mag = !a.nietTerInzage && a.betreft.includes(ZELF) && !beperkt.includes(a.aantekeningRef);
            // Every text is either in the copy or not, exactly as the rules say.
            expect(uit.includes(a.tekst)).toBe(mag);
          }
          expect(uit.includes(naam)).toBe(!persoonNti);
          expect(uit).not.toMatch(/NTI-/);
        },
      ),
      { numRuns: 300 },
    );
  });
});
