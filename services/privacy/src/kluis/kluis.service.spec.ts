import fc from 'fast-check';
import { testBsn } from '@vt/testing';
import { devSecrets } from '@vt/testing';
import { privacyConfigFromEnv } from '../privacy.config';
import { naamGeboortedatum } from './domain/radar';
import { KluisService } from './kluis.service';

describe('the blind indexes the radar looks people up by (ADR 0023)', () => {
  const crypto = new KluisService(privacyConfigFromEnv(devSecrets()));
  const bidxNaam = (achternaam: string, geboortedatum: string) => {
    const waarde = naamGeboortedatum({ achternaam, geboortedatum });
    return waarde && crypto.bidxNaamGeboortedatum(waarde);
  };
  const accenten: Record<string, string> = { e: 'é', o: 'ö', a: 'à', i: 'ï', u: 'ü', c: 'ç' };

  it('a surname written with other capitals, accents, spaces or hyphens has the same index (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z]{1,20}( [a-z]{1,10}){0,2}$/),
        fc.date({ min: new Date('1900-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        fc.array(fc.constantFrom('hoofd', 'accent', 'spatie', 'streep'), { maxLength: 4 }),
        (naam, geboren, wijzigingen) => {
          const gd = geboren.toISOString().slice(0, 10);
          let anders = naam;
          for (const w of wijzigingen) {
            if (w === 'hoofd') anders = anders.toUpperCase();
            if (w === 'accent') anders = anders.replace(/[eoaiuc]/g, (c) => accenten[c.toLowerCase()] ?? c);
            if (w === 'spatie') anders = ` ${anders.replace(/ /g, '  ')} `;
            if (w === 'streep') anders = anders.replace(/ /g, '-');
          }
          expect(bidxNaam(anders, gd)).toBe(bidxNaam(naam, gd));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('another birth date is another index value', () => {
    expect(naamGeboortedatum({ achternaam: 'Jansen', geboortedatum: '2016-05-06' })).not.toBe(
      naamGeboortedatum({ achternaam: 'Jansen', geboortedatum: '2016-05-07' }),
    );
  });

  it('indexes only a BSN that passes the eleven-test', () => {
    const bsn = testBsn();
    expect(crypto.bidxBsn(bsn)).toMatch(/^[0-9a-f]{4}$/);
    expect(() => crypto.bidxBsn('111222334')).toThrow('eleven-test');
    expect(() => crypto.bidxBsn('000000000')).toThrow('eleven-test');
  });
});
