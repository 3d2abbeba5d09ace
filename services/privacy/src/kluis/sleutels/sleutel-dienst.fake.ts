import type { NieuweSleutel, SleutelDienstPort } from './sleutel-dienst';

/** The key service in memory, for the use-case specs; the real one is proven against PostgreSQL. */
export class FakeSleutelDienst implements SleutelDienstPort {
  readonly sleutels = new Map<string, NieuweSleutel>();

  async bewaar(sleutels: readonly NieuweSleutel[]): Promise<void> {
    for (const s of sleutels) this.sleutels.set(s.keyId, s);
  }

  async ontsluit(keyIds: readonly string[]): Promise<Map<string, Buffer>> {
    return new Map(
      keyIds.flatMap((id) => {
        const s = this.sleutels.get(id);
        return s ? [[id, s.dataKey] as const] : [];
      }),
    );
  }
}
