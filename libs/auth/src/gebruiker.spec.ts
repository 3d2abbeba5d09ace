import { NotFoundException } from '@nestjs/common';
import { gebruikerUitClaims } from './gebruiker';
import { assertZelfdeRegio } from './regio';
import { isRegioCode, REGIO_CODES, ROLLEN } from './rollen';

describe('gebruikerUitClaims', () => {
  it('keeps known roles once and drops unknown ones', () => {
    expect(
      gebruikerUitClaims({ sub: 'e1', regio: 'VR25', rollen: ['jurist', 'admin', 'jurist', 7] }),
    ).toEqual({
      sub: 'e1',
      regio: 'VR25',
      rollen: ['jurist'],
    });
  });

  it.each([
    [{ regio: 'VR01', rollen: [] }],
    [{ sub: '', regio: 'VR01', rollen: [] }],
    [{ sub: 'e1', regio: 'VR00', rollen: [] }],
    [{ sub: 'e1', regio: 'vr01', rollen: [] }],
    [{ sub: 'e1', regio: 'VR01' }],
    [{ sub: 'e1', regio: 'VR01', rollen: 'medewerker' }],
  ])('no user in %j', (claims) => {
    expect(gebruikerUitClaims(claims)).toBeUndefined();
  });

  it('knows the 8 roles of §1.2 and the 25 regions of §1.1', () => {
    expect(ROLLEN).toHaveLength(8);
    expect(REGIO_CODES).toHaveLength(25);
    expect(isRegioCode('VR25')).toBe(true);
    expect(isRegioCode('VR26')).toBe(false);
  });
});

describe('assertZelfdeRegio', () => {
  it('passes for the own region and throws a plain 404 for another', () => {
    expect(() => assertZelfdeRegio({ regio: 'VR09' }, 'VR09')).not.toThrow();
    expect(() => assertZelfdeRegio({ regio: 'VR09' }, 'VR10')).toThrow(NotFoundException);
    let fout: unknown;
    try {
      assertZelfdeRegio({ regio: 'VR09' }, 'VR10');
    } catch (err) {
      fout = err;
    }
    expect((fout as NotFoundException).getResponse()).toEqual(new NotFoundException().getResponse());
    expect(() => assertZelfdeRegio({ regio: 'VR09' }, 'VR10', 'melding niet gevonden')).toThrow(
      'melding niet gevonden',
    );
  });
});
