import { fileURLToPath } from 'node:url';
import { buildReferenceTable } from '../../local/template/buildReferenceTable';
import { synthesizePipelineTemplate } from '../../local/template/synthesizePipelineTemplate';
import { translateTemplate } from '../../local/template/translateTemplate';
import type { ReferenceTable } from '../../local/template/types';
import type { CloudFormationTemplate, LocalEnvironment, LocalPipelineDefinition } from '../../local/types';

/** The synthesized stack as tests use it: the template, local mode's translation and its references. */
export interface PipelineDefinition {
  template: CloudFormationTemplate;
  definition: LocalPipelineDefinition;
  references: ReferenceTable;
}

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
let cached: Promise<PipelineDefinition> | undefined;

/**
 * The CDK app's pipeline stack, synthesized in this process (once per test file) and translated as local
 * mode translates it: the one source of truth for the table, the bucket, the function's environment and
 * its role, so tests run against what the stack deploys.
 *
 * @example
 * ```ts
 * const { definition } = await pipelineDefinition();
 * const [table] = definition.tables;
 * ```
 */
export function pipelineDefinition(): Promise<PipelineDefinition> {
  cached ??= (async () => {
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
  })();
  return cached;
}
