import type { KluisClient, LegVast } from './kluis.client';

/** The vault for use-case specs: a ref per text, every request remembered; like the client, no text asks nothing. */
export class FakeKluisClient implements Pick<KluisClient, 'legVast'> {
  readonly verzoeken: LegVast[] = [];

  async legVast(o: LegVast): Promise<Record<string, string>> {
    if (!o.teksten.length) return {};
    this.verzoeken.push(o);
    return Object.fromEntries(
      o.teksten.map((t, i) => [
        t.sleutel,
        `00000000-0000-4000-8000-${String(this.verzoeken.length * 100 + i).padStart(12, '0')}`,
      ]),
    );
  }
}
