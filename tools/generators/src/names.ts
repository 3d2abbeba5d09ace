/** `nazorg-traject` → `NazorgTraject` (classes). */
export function pascalCase(kebab: string): string {
  return kebab
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/** `nazorg-traject` → `NAZORG_TRAJECT` (constants). */
export function constantCase(kebab: string): string {
  return kebab.replace(/-/g, '_').toUpperCase();
}

/** `nazorg-traject` → `nazorg_traject` (tables and columns). */
export function snakeCase(kebab: string): string {
  return kebab.replace(/-/g, '_');
}

/** Lower-case kebab-case: file, folder and route names. */
export const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export function assertKebab(what: string, value: string): void {
  if (!KEBAB.test(value)) throw new Error(`${what} '${value}' must be lower-case kebab-case`);
}
