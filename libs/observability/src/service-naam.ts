let serviceNaam: string | undefined;

/** Remembers the service this process runs, so every logger can say so. */
export function zetServiceNaam(naam: string): void {
  serviceNaam = naam;
}

export function huidigeServiceNaam(): string | undefined {
  return serviceNaam ?? (process.env.OTEL_SERVICE_NAME?.trim() || undefined);
}
