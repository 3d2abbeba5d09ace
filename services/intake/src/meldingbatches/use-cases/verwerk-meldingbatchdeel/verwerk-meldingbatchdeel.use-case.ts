import { Injectable } from '@nestjs/common';
import { Clock } from '@vt/platform';
import { type GekozenDossier, kiesDossier, nieuwDossier } from '../../../meldingen/domain/dossierkeuze';
import { meldingRijen, type Ontvangst } from '../../../meldingen/domain/melding-rijen';
import type { Registratie } from '../../../meldingen/privacy/kluis.client';
import { itemIds, type BatchitemGegevens } from '../../domain/batchitem';
import { DeelDossiers } from '../../domain/deel-dossiers';
import { MeldingbatchRepository, type WachtendItem } from '../../persistence/meldingbatch.repository';
import { BatchKluisClient } from '../../privacy/batch-kluis.client';

interface Keuze {
  item: WachtendItem;
  ids: ReturnType<typeof itemIds>;
  registratie: Registratie;
  dossier: GekozenDossier;
  /** Set when the vault sealed the texts on the new file; otherwise they are sealed on `dossier`. */
  aantekeningRefs?: Record<string, string>;
}

/**
 * Stores the reports of one chunk of a police batch (ADR 0020) in the transaction that holds the chunk's
 * claim: the single report's decisions, with one vault call to register the chunk's people and at most one
 * more to seal the texts of the items that joined a file; every row and event of the chunk commits at once.
 */
@Injectable()
export class VerwerkMeldingbatchdeel {
  constructor(
    private readonly batches: MeldingbatchRepository,
    private readonly kluis: BatchKluisClient,
    private readonly clock: Clock,
  ) {}

  /** False when no chunk was waiting. */
  async execute(): Promise<boolean> {
    return this.batches.verwerkVolgendDeel(async (deel) => {
      const nu = this.clock.now();
      const { ontvangst: tx } = deel;
      // The single report's household locks, for the whole chunk and sorted: a report about the same
      // people, or another chunk about them, waits until this chunk's files are committed (VT-6.6-a).
      await tx.vergrendelMelding(
        [...new Set(deel.items.flatMap((i) => i.gegevens.sloten))].sort((a, b) => a - b),
      );
      const ids = deel.items.map((i) => itemIds(deel.meldingbatchId, i.volgnummer));
      const registraties = await this.kluis.registreer(
        deel.items.map((item, n) => ({
          inhoudRef: item.inhoudRef,
          verzoekId: ids[n].personenVerzoek,
          regio: item.gegevens.regio,
          nieuwDossierId: ids[n].nieuwDossierId,
        })),
      );
      const bekend = registraties.flatMap((r) =>
        r.huishouden.filter((p) => p.bekend).map((p) => p.persoonRef),
      );
      await tx.vergrendelPersonen([...new Set(bekend)].sort());

      const inDeel = new DeelDossiers();
      const keuzes: Keuze[] = [];
      for (const [n, item] of deel.items.entries()) {
        const registratie = registraties[n];
        const refs = registratie.huishouden.map((p) => p.persoonRef);
        let keuze: Keuze;
        if (registratie.nieuwDossier) {
          const dossier = nieuwDossier(registratie.nieuwDossier.dossierId);
          keuze = {
            item,
            ids: ids[n],
            registratie,
            dossier,
            aantekeningRefs: registratie.nieuwDossier.aantekeningRefs,
          };
        } else {
          const known = registratie.huishouden.filter((p) => p.bekend).map((p) => p.persoonRef);
          const dossier =
            inDeel.van(known) ??
            kiesDossier(await tx.dossiersVan(item.gegevens.regio, known), ids[n].nieuwDossierId);
          keuze = { item, ids: ids[n], registratie, dossier };
        }
        inDeel.kies(refs, keuze.dossier);
        keuzes.push(keuze);
      }

      const teVerzegelen = keuzes.filter((k) => !k.aantekeningRefs);
      // Only when an item joined a file; a chunk of new households is done with one vault call.
      const vastgelegd =
        teVerzegelen.length === 0
          ? []
          : await this.kluis.legVast(
              teVerzegelen.map((k) => ({
                inhoudRef: k.item.inhoudRef,
                verzoekId: k.ids.aantekeningenVerzoek,
                regio: k.item.gegevens.regio,
                dossierId: k.dossier.id,
                personen: personenOpDossier(k),
                betreft: k.registratie.huishouden.map((p) => p.persoonRef),
              })),
            );
      teVerzegelen.forEach((k, n) => (k.aantekeningRefs = vastgelegd[n]));

      for (const k of keuzes) {
        await tx.bewaar(
          meldingRijen(ontvangstVan(k, deel.ingediendDoor, nu), k.dossier, k.aantekeningRefs ?? {}),
        );
      }
      await deel.sluit(
        keuzes.map((k) => ({
          volgnummer: k.item.volgnummer,
          meldingId: k.ids.meldingId,
          dossierId: k.dossier.id,
        })),
        nu,
      );
    });
  }
}

function koppelingen(k: Keuze): Ontvangst['koppelingen'] {
  const rollen: BatchitemGegevens['rollen'] = k.item.gegevens.rollen;
  return k.registratie.huishouden.map((p) => ({
    persoonRef: p.persoonRef,
    rol: rollen[p.sleutel] ?? 'overig',
  }));
}

function personenOpDossier(k: Keuze): { persoonRef: string; rol: string }[] {
  const melder = k.registratie.melderRef;
  return melder ? [...koppelingen(k), { persoonRef: melder, rol: 'melder' }] : koppelingen(k);
}

function ontvangstVan(k: Keuze, geregistreerdDoor: string, nu: Date): Ontvangst {
  const g = k.item.gegevens;
  return {
    melding: g.melding,
    meldingId: k.ids.meldingId,
    regio: g.regio,
    geregistreerdDoor,
    nu,
    ontvangenOp: new Date(g.ontvangenOp),
    status: g.status,
    deadlines: g.deadlines,
    melderRef: k.registratie.melderRef,
    koppelingen: koppelingen(k),
  };
}
