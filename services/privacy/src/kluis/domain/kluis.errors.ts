/** A command the vault refuses as it stands; the RPC layer answers it as `ongeldig-verzoek`. */
export class OngeldigeOpdracht extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OngeldigeOpdracht';
  }
}

/** Nothing the reader may see under this reference: missing, or of another region (both 404). */
export class NietGevonden extends Error {
  constructor() {
    super('not found');
    this.name = 'NietGevonden';
  }
}
