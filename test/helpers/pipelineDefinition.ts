import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReferenceTable } from '../../local/template/types';
import type { CloudFormationTemplate, LocalEnvironment, LocalPipelineDefinition } from '../../local/types';

/** The synthesized stack as tests use it: the template, local mode's translation and its references. */
export interface PipelineDefinition {
  template: CloudFormationTemplate;
  definition: LocalPipelineDefinition;
  references: ReferenceTable;
}

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** What the synthesis and the translation depend on: a change to any of these synthesizes again. */
const INPUTS = [
  'cdk.json',
  'package-lock.json',
  'lib',
  'local/template',
  'local/types.ts',
  'local/errors.ts',
];
const CACHE_DIRECTORY = join(PROJECT_ROOT, 'node_modules', '.cache', 'article-pipeline-tests');

let cached: Promise<PipelineDefinition> | undefined;

/**
 * The CDK app's pipeline stack, synthesized in this process and translated as local mode translates it:
 * the one source of truth for the table, the bucket, the function's environment and its role, so tests run
 * against what the stack deploys. The result is cached on disk under a hash of the stack's sources, so the
 * test files of one run synthesize once between them.
 *
 * @example
 * ```ts
 * const { definition } = await pipelineDefinition();
 * const [table] = definition.tables;
 * ```
 */
export function pipelineDefinition(): Promise<PipelineDefinition> {
  cached ??= (async () => {
    const cacheFile = join(CACHE_DIRECTORY, `pipeline-${await hashInputs()}.json`);
    try {
      return JSON.parse(await readFile(cacheFile, 'utf8')) as PipelineDefinition;
    } catch {
      const fresh = await synthesize();
      await mkdir(CACHE_DIRECTORY, { recursive: true });
      const partial = `${cacheFile}.${process.pid}`;
      await writeFile(partial, JSON.stringify(fresh));
      await rename(partial, cacheFile);
      return fresh;
    }
  })();
  return cached;
}

async function synthesize(): Promise<PipelineDefinition> {
  // Imported here: aws-cdk-lib takes seconds to load, and a cached definition does not need it.
  const { synthesizePipelineTemplate } = await import('../../local/template/synthesizePipelineTemplate');
  const { translateTemplate } = await import('../../local/template/translateTemplate');
  const { buildReferenceTable } = await import('../../local/template/buildReferenceTable');
  const { template, stackName } = await synthesizePipelineTemplate({ projectRoot: PROJECT_ROOT });
  const environment: LocalEnvironment = {
    region: 'us-east-1',
    accountId: '000000000000',
    stackName,
    timeScale: 1,
    queueUrl: (name) => `http://127.0.0.1:1/000000000000/${name}`,
  };
  return {
    template,
    definition: translateTemplate(template, environment),
    references: buildReferenceTable(template, environment),
  };
}

async function hashInputs(): Promise<string> {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    for (const file of await filesUnder(join(PROJECT_ROOT, input))) {
      hash
        .update(file)
        .update('\u0000')
        .update(await readFile(file))
        .update('\u0000');
    }
  }
  return hash.digest('hex').slice(0, 16);
}

async function filesUnder(path: string): Promise<string[]> {
  try {
    const entries = await readdir(path, { withFileTypes: true });
    const nested = await Promise.all(
      entries.map((entry) =>
        entry.isDirectory() ? filesUnder(join(path, entry.name)) : [join(path, entry.name)],
      ),
    );
    return nested.flat().sort();
  } catch {
    return [path]; // a file, not a folder
  }
}
