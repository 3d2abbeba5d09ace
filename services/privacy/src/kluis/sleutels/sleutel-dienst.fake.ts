import type { NieuweSleutel, SleutelDienstPort } from './sleutel-dienst';

/** The key service in memory, for the use-case specs; the real one is proven against PostgreSQL. */
export class FakeSleutelDienst implements SleutelDienstPort {
  readonly sleutels = new Map<string, NieuweSleutel>();
  /** The keys destroyed, with when. */
  readonly vernietigd = new Map<string, Date>();

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

  async vernietig(keyIds: readonly string[], nu: Date): Promise<number> {
    const live = [...new Set(keyIds)].filter((id) => this.sleutels.has(id));
    for (const id of live) {
      this.sleutels.delete(id);
      this.vernietigd.set(id, nu);
    }
    return live.length;
  }
}
