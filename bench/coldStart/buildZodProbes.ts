import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Paths of two scripts that load only a validation library, bundled as the function is. */
export interface ZodProbes {
  /** `zod` (the classic API the handler imports today). */
  classic: string;
  /** `zod/mini` (the same schemas with tree-shakable functions). */
  mini: string;
}

/** The shape of the handler's environment schema, in each API. */
const SOURCES = {
  classic: `import { z } from 'zod';
const schema = z.object({ TABLE_NAME: z.string().min(1), MAX_OBJECT_BYTES: z.coerce.number().int().positive().default(1) });
schema.safeParse(process.env);`,
  mini: `import * as z from 'zod/mini';
const schema = z.object({ TABLE_NAME: z.string().check(z.minLength(1)), MAX_OBJECT_BYTES: z._default(z.coerce.number().check(z.int(), z.positive()), 1) });
schema.safeParse(process.env);`,
};

/**
 * Bundles two tiny scripts (minified CJS, node24, as the construct bundles the function) that build the
 * same environment schema with `zod` and with `zod/mini`, so the cold-start suite can time what loading
 * each costs a fresh process.
 *
 * @example
 * ```ts
 * const probes = await buildZodProbes(tmpDirectory);
 * ```
 */
export async function buildZodProbes(directory: string): Promise<ZodProbes> {
  const probes: ZodProbes = {
    classic: join(directory, 'probe-zod.cjs'),
    mini: join(directory, 'probe-zod-mini.cjs'),
  };
  for (const variant of ['classic', 'mini'] as const) {
    await build({
      stdin: { contents: SOURCES[variant], resolveDir: PROJECT_ROOT, loader: 'ts' },
      bundle: true,
      minify: true,
      platform: 'node',
      format: 'cjs',
      target: 'node24',
      outfile: probes[variant],
      logLevel: 'silent',
    });
  }
  return probes;
}
