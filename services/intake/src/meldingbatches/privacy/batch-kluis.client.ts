import { Injectable } from '@nestjs/common';
import {
  meldingbatchBewarenV1,
  type MeldingbatchBewarenV1Request,
  meldingbatchRegistrerenV1,
  type MeldingbatchRegistrerenV1Request,
  type MeldingbatchVastleggenV1Request,
  meldingbatchVastleggenV1,
} from '@vt/contracts';
import { RpcClient } from '@vt/messaging';
import type { Registratie } from '../../meldingen/privacy/kluis.client';
import { MELDER_SLEUTEL } from '../../meldingen/domain/kluisopdracht';

/** A chunk is one call, which seals or registers up to a hundred reports: more time than one report's. */
const TIMEOUT_MS = 30_000;

/** Intake's calls to the vault for a police batch: one per chunk and step (ADR 0020). */
@Injectable()
export class BatchKluisClient {
  constructor(private readonly rpc: RpcClient) {}

  /** Seals the people and texts of a chunk's items; their `inhoudRef`s in the order given. */
  async bewaar(o: MeldingbatchBewarenV1Request): Promise<string[]> {
    const reply = await this.rpc.request(meldingbatchBewarenV1, o, TIMEOUT_MS);
    return reply.items.map((i) => i.inhoudRef);
  }

  /** Registers the people of each item, in order; per item the answer in intake's terms. */
  async registreer(items: MeldingbatchRegistrerenV1Request['items']): Promise<Registratie[]> {
    const reply = await this.rpc.request(meldingbatchRegistrerenV1, { items }, TIMEOUT_MS);
    return reply.items.map((r) => ({
      melderRef: r.personen.find((p) => p.sleutel === MELDER_SLEUTEL)?.persoonRef,
      huishouden: r.personen
        .filter((p) => p.sleutel !== MELDER_SLEUTEL)
        .map((p) => ({ persoonRef: p.persoonRef, sleutel: p.sleutel, bekend: p.match !== 'nieuw' })),
      nieuwDossier: r.nieuwDossier && {
        dossierId: r.nieuwDossier.dossierId,
        aantekeningRefs: Object.fromEntries(
          r.nieuwDossier.aantekeningen.map((a) => [a.sleutel, a.aantekeningRef]),
        ),
      },
    }));
  }

  /** Seals the texts of the items that joined a file on that file; per item its refs per text. */
  async legVast(items: MeldingbatchVastleggenV1Request['items']): Promise<Record<string, string>[]> {
    const reply = await this.rpc.request(meldingbatchVastleggenV1, { items }, TIMEOUT_MS);
    return reply.items.map((r) =>
      Object.fromEntries(r.aantekeningen.map((a) => [a.sleutel, a.aantekeningRef])),
    );
  }
}
