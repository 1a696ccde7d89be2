import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SynthesizedStack, SynthesizeOptions } from './synthesizePipelineTemplate';

/** Options of {@link loadPipelineTemplate}. */
export interface LoadTemplateOptions extends SynthesizeOptions {
  /** Where synthesized templates are kept, by the hash of everything that shapes them. */
  cacheDir: string;
}

/** What a template is made from: the constructs, the app's context and flags, the locked CDK version. */
async function templateInputs(projectRoot: string): Promise<string[]> {
  const libFiles = (await readdir(join(projectRoot, 'lib'), { recursive: true }))
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .map((file) => join(projectRoot, 'lib', file));
  return [
    ...libFiles,
    join(projectRoot, 'cdk.json'),
    join(projectRoot, 'package-lock.json'),
    fileURLToPath(new URL('./synthesizePipelineTemplate.ts', import.meta.url)),
  ];
}

/**
 * The stack's template: synthesized (see synthesizePipelineTemplate), or read from the cache when nothing
 * that shapes it has changed since: the files under lib/, cdk.json, package-lock.json (the CDK version),
 * the synthesis code and the context. A cache hit skips loading aws-cdk-lib, about two seconds of a start.
 *
 * @example
 * const { stackName, template } = await loadPipelineTemplate({ projectRoot, cacheDir: '.local/templates' });
 */
export async function loadPipelineTemplate(options: LoadTemplateOptions): Promise<SynthesizedStack> {
  const hash = createHash('sha256').update(JSON.stringify(options.context ?? {}));
  for (const file of await templateInputs(options.projectRoot)) {
    hash.update(`\n${relative(options.projectRoot, file)}\n`);
    hash.update(await readFile(file));
  }
  const cacheFile = join(options.cacheDir, `${hash.digest('hex').slice(0, 32)}.json`);
  try {
    return JSON.parse(await readFile(cacheFile, 'utf8')) as SynthesizedStack;
  } catch {
    // Not cached yet (or unreadable): synthesize.
  }
  const { synthesizePipelineTemplate } = await import('./synthesizePipelineTemplate');
  const stack = await synthesizePipelineTemplate(options);
  await mkdir(options.cacheDir, { recursive: true });
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(stack));
  await rename(temporary, cacheFile);
  return stack;
}
