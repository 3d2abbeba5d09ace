import type { MeldingbatchBewarenV1Request } from '@vt/contracts';
import type { Clock, IdempotentieClaim } from '@vt/platform';
import { given } from '@vt/testing';
import { Werkdagkalender } from '@vt/werkdagen';
import type { Antwoord } from '../../../meldingen/persistence/melding.repository';
import type { MeldingbatchRepository, NieuwItem } from '../../persistence/meldingbatch.repository';
import type { BatchKluisClient } from '../../privacy/batch-kluis.client';
import { type BatchWerk, OntvangMeldingbatch } from './ontvang-meldingbatch.use-case';

const NU = new Date('2026-03-02T10:00:00Z');
const politie = () =>
  given.melding({
    melder: { type: 'politie', naam: undefined, instelling: 'Politie', meldcodePlichtig: undefined },
  });

function opzet() {
  const stappen: string[] = [];
  const bewaard: { items: NieuwItem[]; delen: number[]; antwoord?: Antwoord }[] = [];
  const kluis = {
    verzoeken: [] as MeldingbatchBewarenV1Request[],
    async bewaar(o: MeldingbatchBewarenV1Request) {
      stappen.push(`kluis ${o.items.length}`);
      this.verzoeken.push(o);
      return o.items.map((i) => `ref-${i.sleutel}`);
    },
  };
  const repository = {
    async bewaar(_b: unknown, items: NieuwItem[], delen: number[], antwoord?: Antwoord) {
      stappen.push('bewaar');
      bewaard.push({ items, delen, antwoord });
    },
  };
  const werk: BatchWerk = { wek: () => void stappen.push('wek') };
  const clock: Clock = { now: () => NU };
  const useCase = new OntvangMeldingbatch(
    repository as unknown as MeldingbatchRepository,
    kluis as unknown as BatchKluisClient,
    new Werkdagkalender(),
    clock,
    werk,
  );
  return { stappen, bewaard, kluis, useCase };
}

const gebruiker = { sub: 'medewerker-1', regio: 'VR09' as const };

describe('intake: OntvangMeldingbatch accepts a police batch as one job (§6.4, ADR 0020)', () => {
  it('VT-6.4-a: one vault call per chunk seals the items that passed; the job commits once, then the worker is woken', async () => {
    const { stappen, bewaard, kluis, useCase } = opzet();
    const items = Array.from({ length: 150 }, () => ({ melding: politie() }));
    items[3] = { melding: given.melding() };
    const antwoord = await useCase.execute({ items }, { gebruiker });
    expect(stappen).toEqual(['kluis 99', 'kluis 50', 'bewaar', 'wek']);
    expect(antwoord).toMatchObject({ status: 'in-behandeling', aantal: 150, wachtend: 149, geweigerd: 1 });
    const [{ items: rijen, delen }] = bewaard;
    expect(delen).toEqual([0, 1]);
    expect(rijen[3]).toMatchObject({ status: 'geweigerd', probleem: { status: 400 } });
    expect(rijen[120]).toMatchObject({ status: 'wachtend', deel: 1, inhoudRef: 'ref-120' });
    expect(kluis.verzoeken[0].items[0].inhoud.personen.map((p) => p.sleutel)).toEqual([
      'huishouden.0',
      'melder',
    ]);
  });

  it('a batch of refused items only reaches neither the vault nor the worker, and is done at once', async () => {
    const { stappen, useCase } = opzet();
    const antwoord = await useCase.execute(
      { items: [{ probleem: { type: 't', title: 't', status: 400 } }, { melding: given.melding() }] },
      { gebruiker },
    );
    expect(stappen).toEqual(['bewaar', 'wek']);
    expect(antwoord).toMatchObject({ status: 'voltooid', geweigerd: 2, wachtend: 0 });
  });

  it("Idempotency-Key: the answer commits with the job, and a retry gets the first attempt's job and vault requests", async () => {
    const claim: IdempotentieClaim = {
      schema: 'intake',
      sleutel: 'k',
      sub: 'medewerker-1',
      verzoekId: 'v-1',
    };
    const eerste = opzet();
    const antwoord = await eerste.useCase.execute({ items: [{ melding: politie() }] }, { gebruiker, claim });
    expect(eerste.bewaard[0].antwoord).toEqual({ claim, status: 202, body: antwoord });
    const retry = opzet();
    expect((await retry.useCase.execute({ items: [{ melding: politie() }] }, { gebruiker, claim })).id).toBe(
      antwoord.id,
    );
    expect(retry.kluis.verzoeken[0].verzoekId).toBe(eerste.kluis.verzoeken[0].verzoekId);
  });
});
