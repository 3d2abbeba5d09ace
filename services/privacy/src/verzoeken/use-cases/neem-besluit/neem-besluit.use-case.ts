import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { OngeldigeInvoer, persoonVernietigdV1, verzoekBeslotenV1 } from '@vt/contracts';
import { Outbox, type OutboxBericht } from '@vt/messaging';
import { Clock } from '@vt/platform';
import { KluisService } from '../../../kluis/kluis.service';
import { ontsluitKandidaat } from '../../../kluis/sleutels/ontsluit-kandidaat';
import { SleutelDienst, type SleutelDienstPort } from '../../../kluis/sleutels/sleutel-dienst';
import { VernietigingRepository } from '../../../vernietiging/vernietiging.repository';
import { toetsBesluit } from '../../domain/besluit-regels';
import { verzoekTekstAad } from '../../domain/verzoek-teksten';
import { VerzoekRepository } from '../../persistence/verzoek.repository';
import type { NeemBesluitCommand, VerzoekBesloten } from './neem-besluit.command';

export interface NeemBesluitContext {
  gebruiker: { sub: string; regio: string };
}

/**
 * Decides a data-subject request, written and motivated (§15.8.2–§15.8.7): a limitation or refusal only
 * on its rule's grounds, a destruction after a refuted report always granted (VT-15.8.6-a). A granted
 * destruction is carried out in the same transaction (VT-15.8.5-a: well within 3 months), so the person
 * is gone, his key destroyed, when the decision is announced.
 */
@Injectable()
export class NeemBesluit {
  constructor(
    private readonly verzoeken: VerzoekRepository,
    private readonly vernietiging: VernietigingRepository,
    private readonly kluis: KluisService,
    @Inject(SleutelDienst) private readonly sleutels: SleutelDienstPort,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  async execute(id: string, command: NeemBesluitCommand, ctx: NeemBesluitContext): Promise<VerzoekBesloten> {
    const nu = this.clock.now();
    return this.verzoeken.transaction(async (tx) => {
      const v = await this.verzoeken.vind(tx, id, { lock: true });
      if (!v || v.regio !== ctx.gebruiker.regio) throw new NotFoundException();
      if (v.status !== 'ontvangen') throw new ConflictException('het verzoek is al besloten');
      const weerlegd = await this.verzoeken.onderzoekWeerlegd(tx, v.persoonRef);
      toetsBesluit({
        soort: v.soort,
        hoedanigheid: v.hoedanigheid,
        uitkomst: command.uitkomst,
        grond: command.grond,
        weerlegd,
      });
      const beperkt = command.beperkt ?? [];
      if (
        beperkt.length > 0 &&
        !(command.uitkomst === 'gedeeltelijk' && (v.soort === 'inzage' || v.soort === 'afschrift'))
      )
        throw new OngeldigeInvoer([
          { field: 'beperkt', message: 'alleen bij een gedeeltelijk toegewezen inzage of afschrift' },
        ]);
      const persoon = await this.verzoeken.persoon(tx, v.persoonRef);
      if (!persoon) throw new ConflictException('de gegevens van de betrokkene zijn vernietigd');
      const motivering = this.kluis.sealJson(
        // Only sealed under his key, nothing of his decrypted: no access-log entry.
        {
          keyId: persoon.keyId,
          dataKey: (await ontsluitKandidaat(this.kluis, this.sleutels, persoon)).dataKey(),
        },
        command.motivering,
        verzoekTekstAad(v.id, 'motivering', v.persoonRef),
      );
      const berichten: OutboxBericht[] = [
        this.outbox.bericht(verzoekBeslotenV1, {
          regio: v.regio,
          time: nu,
          data: {
            verzoekId: v.id,
            soort: v.soort,
            persoonRef: v.persoonRef,
            regio: v.regio,
            uitkomst: command.uitkomst,
            ...(command.grond ? { grond: command.grond } : {}),
            beslotenOp: nu.toISOString(),
          },
        }),
      ];
      const uitvoeren = v.soort === 'vernietiging' && command.uitkomst === 'toegewezen';
      const besluit = {
        id: v.id,
        uitkomst: command.uitkomst,
        grond: command.grond ?? null,
        motivering,
        beperkt,
        beslotenOp: nu,
        beslotenDoor: ctx.gebruiker.sub,
        uitgevoerdOp: uitvoeren ? nu : null,
      };
      if (!(await this.verzoeken.besluit(tx, besluit)))
        throw new ConflictException('het verzoek is al besloten');
      const vernietigd = uitvoeren && (await this.vernietiging.vernietigPersoon(tx, v.persoonRef));
      // His keys go before his rows' deletion commits (ADR 0023): a failure leaves the decision undone.
      if (vernietigd) await this.sleutels.vernietig(vernietigd.keyIds, nu);
      if (vernietigd)
        berichten.push(
          this.outbox.bericht(persoonVernietigdV1, {
            regio: v.regio,
            time: nu,
            data: {
              persoonRef: v.persoonRef,
              regio: v.regio,
              grondslag: 'verzoek',
              verzoekId: v.id,
              vernietigdOp: nu.toISOString(),
            },
          }),
        );
      await this.verzoeken.voegBerichtenToe(tx, berichten);
      return {
        id: v.id,
        uitkomst: command.uitkomst,
        ...(command.grond ? { grond: command.grond } : {}),
        beslotenOp: nu.toISOString(),
        ...(uitvoeren ? { uitgevoerdOp: nu.toISOString() } : {}),
      };
    });
  }
}
