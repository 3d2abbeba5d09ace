import type { z } from 'zod';

/**
 * Reads one part of a service's configuration from the environment; a bad or missing value stops the boot
 * with a message naming the variable (`Invalid <onderwerp> configuration: VAR: message`).
 */
export function leesEnv<S extends z.ZodTypeAny>(
  schema: S,
  onderwerp: string,
  source: NodeJS.ProcessEnv,
): z.infer<S> {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const velden = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid ${onderwerp} configuration: ${velden}`);
  }
  return parsed.data;
}
