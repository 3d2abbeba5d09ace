import { randomUUID } from 'node:crypto';
import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { Gebruiker } from '@vt/auth';
import { veiligheidsbeoordelingToegewezenV1 } from '@vt/contracts';
import { Outbox } from '@vt/messaging';
import { Clock, type IdempotentieClaim } from '@vt/platform';
import { toetsToewijzing } from '../../domain/toewijzing-regels';
import type { Toewijzing } from '../../persistence/toewijzing.entity';
import { type ToewijzingPort, ToewijzingRepository } from '../../persistence/toewijzing.repository';
import { KluisClient } from '../../privacy/kluis.client';
import type { BeoordelingToegewezen, WijsBeoordelingToeCommand } from './wijs-beoordeling-toe.command';

export interface WijsBeoordelingToeContext {
  gebruiker: Pick<Gebruiker, 'sub' | 'regio'>;
  claim?: IdempotentieClaim;
}

/**
 * Assignment (§7, VT-2.2.1-f): records the file holder of an open assessment of the manager's region and
 * announces it; a reassignment's reason is sealed in the vault first and only its reference is kept.
 */
@Injectable()
export class WijsBeoordelingToe {
  constructor(
    @Inject(ToewijzingRepository) private readonly toewijzingen: ToewijzingPort,
    private readonly kluis: KluisClient,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  async execute(
    c: WijsBeoordelingToeCommand,
    ctx: WijsBeoordelingToeContext,
  ): Promise<BeoordelingToegewezen> {
    const b = await this.toewijzingen.vind(c.veiligheidsbeoordelingId);
    // Another region's assessment is as absent as one that does not exist.
    if (!b || b.regio !== ctx.gebruiker.regio) throw new NotFoundException();
    const toetsing = toetsToewijzing(b, c);
    if (toetsing.uitkomst === 'gesloten')
      throw new ConflictException('De veiligheidsbeoordeling is besloten');
    if (toetsing.uitkomst === 'ongewijzigd') throw new ConflictException('Al toegewezen aan deze medewerker');
    const redenRef = c.reden
      ? await this.kluis.legRedenVast({
          verzoekId: ctx.claim?.verzoekId ?? randomUUID(),
          regio: b.regio,
          dossierId: b.dossierId,
          tekst: c.reden,
        })
      : null;
    const nu = this.clock.now();
    const toewijzing: Toewijzing = {
      id: randomUUID(),
      veiligheidsbeoordelingId: b.id,
      dossierhouder: c.dossierhouder,
      vorigeDossierhouder: toetsing.uitkomst === 'hertoewijzing' ? toetsing.vorige : null,
      toegewezenDoor: ctx.gebruiker.sub,
      toegewezenOp: nu,
      redenRef,
    };
    const antwoord: BeoordelingToegewezen = {
      toewijzingId: toewijzing.id,
      veiligheidsbeoordelingId: b.id,
      dossierhouder: c.dossierhouder,
      ...(toewijzing.vorigeDossierhouder ? { vorigeDossierhouder: toewijzing.vorigeDossierhouder } : {}),
      toegewezenOp: nu.toISOString(),
      ...(redenRef ? { redenRef } : {}),
    };
    const bericht = this.outbox.bericht(veiligheidsbeoordelingToegewezenV1, {
      regio: b.regio,
      subject: b.dossierId,
      time: nu,
      data: {
        veiligheidsbeoordelingId: b.id,
        dossierId: b.dossierId,
        regio: b.regio,
        dossierhouder: c.dossierhouder,
        ...(antwoord.vorigeDossierhouder ? { vorigeDossierhouder: antwoord.vorigeDossierhouder } : {}),
        toegewezenDoor: ctx.gebruiker.sub,
        toegewezenOp: antwoord.toegewezenOp,
        ...(redenRef ? { redenRef } : {}),
      },
    });
    // Someone else assigned it, or it was decided, between the read and this write.
    if (!(await this.toewijzingen.wijsToe(toewijzing, bericht)))
      throw new ConflictException('De toewijzing is intussen gewijzigd');
    return antwoord;
  }
}
