import { NotFoundException } from '@nestjs/common';
import type { Clock } from '@vt/platform';
import type { Advies } from '../../persistence/advies.entity';
import type { AdviesRepository } from '../../persistence/advies.repository';
import { FakeAdviesKluis, FakeAdviesRepository } from '../../persistence/advies.repository.fake';
import type { AdviesKluisClient } from '../../privacy/advies-kluis.client';
import { LegOndersteuningVast } from '../leg-ondersteuning-vast/leg-ondersteuning-vast.use-case';
import { VernietigVerlopenAdviezen } from '../vernietig-verlopen-adviezen/vernietig-verlopen-adviezen.use-case';
import { TrekToestemmingIn } from './trek-toestemming-in.use-case';

const NU = new Date('2026-03-02T10:00:00Z');

function opzet() {
  const repository = new FakeAdviesRepository();
  const kluis = new FakeAdviesKluis(repository.stappen);
  const clock: Clock = { now: () => NU };
  const deps = [
    repository as unknown as AdviesRepository,
    kluis as unknown as AdviesKluisClient,
    clock,
  ] as const;
  const dossier = (id: string, bewaarTot: string) =>
    repository.dossiers.set(id, {
      id,
      dossiernummer: `A-VR09-0000-000${id}`,
      regio: 'VR09',
      geopendOp: NU,
      laatsteContactOp: new Date('2026-01-01T10:00:00Z'),
      bewaarTot,
    });
  const advies = (id: string, o: Partial<Advies>) =>
    repository.adviezen.set(id, {
      id,
      adviesdossierId: '1',
      regio: 'VR09',
      kanaal: 'telefoon',
      adviesvragerType: 'omstander',
      contactOp: NU,
      eersteContact: {},
      toestemmingRegistratie: true,
      adviesvragerRef: `ref-${id}`,
      aantekeningRefs: {},
      geregistreerdDoor: 'mw-0',
      ...o,
    });
  return {
    repository,
    kluis,
    dossier,
    advies,
    trekIn: new TrekToestemmingIn(...deps),
    ondersteun: new LegOndersteuningVast(...deps),
    vernietig: new VernietigVerlopenAdviezen(...deps),
  };
}

const ctx = { gebruiker: { sub: 'mw-1', regio: 'VR09' as const } };

describe('intake: the advice use cases after registration', () => {
  it('VT-15.5-c: the vault destroys every seeker of the case first, then intake drops the refs; a repeat destroys nothing', async () => {
    const { repository, kluis, dossier, advies, trekIn } = opzet();
    dossier('1', '2028-01-01');
    advies('a', {});
    advies('b', {});
    await trekIn.execute('a', ctx);
    expect(repository.stappen).toEqual(['kluis vernietig', 'trek in']);
    expect(kluis.vernietigd).toEqual([['ref-a', 'ref-b']]);
    expect(repository.adviezen.get('b')).toMatchObject({
      adviesvragerRef: null,
      toestemmingIngetrokkenOp: NU,
    });
    await trekIn.execute('b', ctx);
    expect(kluis.vernietigd).toHaveLength(1);
  });

  it('an advice of another region is not found', async () => {
    const { dossier, advies, trekIn, ondersteun } = opzet();
    dossier('1', '2028-01-01');
    advies('a', { regio: 'VR10' });
    await expect(trekIn.execute('a', ctx)).rejects.toBeInstanceOf(NotFoundException);
    await expect(ondersteun.execute('a', { actie: 'veiligheidsplan' }, ctx)).rejects.toBeInstanceOf(
      NotFoundException,
    );
  });

  it('VT-5.3-b / VT-15.3.4.1-a: a support action seals its note, and as a contact moves the retention', async () => {
    const { repository, kluis, dossier, advies, ondersteun } = opzet();
    dossier('1', '2028-01-01');
    advies('a', {});
    const antwoord = await ondersteun.execute('a', { actie: 'overig', toelichting: 'een gesprek' }, ctx);
    expect(repository.stappen).toEqual(['kluis', 'ondersteuning']);
    expect(kluis.registraties[0]).toMatchObject({
      adviesdossierId: '1',
      teksten: [{ tekst: 'een gesprek' }],
    });
    expect(repository.ondersteuning[0]).toMatchObject({
      actie: 'overig',
      aantekeningRefs: { toelichting: 'ref-toelichting' },
    });
    expect(antwoord.bewaarTot).toBe('2028-03-02');
  });

  it('VT-15.3.4.1-a: files kept until before today are destroyed in the vault, then here; the others stay', async () => {
    const { repository, kluis, dossier, advies, vernietig } = opzet();
    dossier('1', '2026-03-01');
    dossier('2', '2026-03-02');
    advies('a', {});
    expect(await vernietig.execute()).toBe(1);
    expect(repository.stappen).toEqual(['kluis vernietig', 'vernietig 1']);
    expect(kluis.vernietigd).toEqual([['1']]);
    expect([...repository.dossiers.keys()]).toEqual(['2']);
    expect(repository.adviezen.size).toBe(0);
    expect(await vernietig.execute()).toBe(0);
  });
});
