/** A command the vault refuses as it stands; the RPC layer answers it as `ongeldig-verzoek`. */
export class OngeldigeOpdracht extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OngeldigeOpdracht';
  }
}
