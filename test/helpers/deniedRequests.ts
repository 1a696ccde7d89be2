import { type IamRequest, iamRequestsOf } from './iamRequestsOf';
import { ingestRoleStatements } from './ingestRoleStatements';
import { pipelineDefinition } from './pipelineDefinition';
import { policyAllows } from './policyAllows';

/**
 * Checks commands the handler sent against the ingest role of the synthesized template: returns every IAM
 * request they need, and those the role does not allow (empty when all are allowed).
 *
 * @example
 * ```ts
 * const { requests, denied } = await deniedRequests(spies.commandsExcept(harness.s3, harness.table.documentClient));
 * expect(denied).toEqual([]);
 * ```
 */
export async function deniedRequests(
  commands: unknown[],
): Promise<{ requests: IamRequest[]; denied: IamRequest[] }> {
  const { definition } = await pipelineDefinition();
  const statements = await ingestRoleStatements();
  const requests = commands.flatMap((command) =>
    iamRequestsOf(command, { region: definition.region, accountId: definition.accountId }),
  );
  return { requests, denied: requests.filter((request) => !policyAllows(statements, request)) };
}
