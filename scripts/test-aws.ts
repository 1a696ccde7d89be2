// `npm run test:aws`: the acceptance test on a real AWS account. Deploys a throw-away dev stack under a
// unique name, runs the acceptance checks against it (scripts/acceptance/runAcceptanceChecks.ts, which the
// test suite also runs against local mode), and destroys it with both buckets. Runs only with
// ARTICLE_PIPELINE_AWS_TEST=1 and AWS credentials; otherwise prints why it skipped and exits 0.
import { randomBytes } from 'node:crypto';
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { acceptanceGate } from './acceptance/acceptanceGate';
import type { CheckResult } from './acceptance/types';

const cloudFormation = new CloudFormationClient({});
const gate = await acceptanceGate(process.env, async () => {
  try {
    await cloudFormation.config.credentials();
    return true;
  } catch {
    return false;
  }
});
if (!gate.run) {
  console.log(gate.message);
  cloudFormation.destroy();
  process.exit(0);
}

// Loaded only for a real run: a skipped run stays quick.
const { CloudWatchClient } = await import('@aws-sdk/client-cloudwatch');
const { S3Client } = await import('@aws-sdk/client-s3');
const { awsAlarmStates } = await import('./acceptance/awsAlarmStates');
const { destroyDevStack } = await import('./acceptance/destroyDevStack');
const { runAcceptanceChecks } = await import('./acceptance/runAcceptanceChecks');
const { runCdk } = await import('./acceptance/runCdk');

const region = await cloudFormation.config.region();
const runId = `${new Date().toISOString().slice(0, 10).replace(/-/g, '')}-${randomBytes(3).toString('hex')}`;
const stackName = `ArticlePipelineAcceptance-${runId}`;
const report = (result: CheckResult) =>
  console.log(`${result.ok ? 'PASS' : 'FAIL'}  ${result.name}: ${result.detail}`);
const results: CheckResult[] = [];
const cloudWatch = new CloudWatchClient({ region });
const s3 = new S3Client({ region });

console.log(`test:aws: deploying ${stackName} to ${region} (dev mode: destroyed with its data at the end)`);
try {
  const deployed = await runCdk([
    'deploy',
    stackName,
    '-c',
    'dev=true',
    '-c',
    `stackName=${stackName}`,
    '--require-approval',
    'never',
  ]);
  const deploy = { name: 'deploy the dev stack', ok: deployed === 0, detail: `cdk exit ${deployed}` };
  results.push(deploy);
  report(deploy);
  if (deploy.ok) {
    const checks = await runAcceptanceChecks(
      {
        options: { stack: stackName, region },
        stream: { region },
        alarmStates: () => awsAlarmStates(cloudFormation, cloudWatch, stackName),
        waitSeconds: 600,
      },
      runId,
      report,
    );
    results.push(...checks);
  }
} finally {
  const destroyed = await destroyDevStack({ cloudFormation, s3 }, stackName);
  results.push(destroyed);
  report(destroyed);
  for (const client of [cloudFormation, cloudWatch, s3]) client.destroy();
}
const failed = results.filter((result) => !result.ok);
console.log(
  failed.length === 0
    ? `test:aws passed: ${results.length} checks`
    : `test:aws FAILED: ${failed.length} of ${results.length} checks`,
);
process.exit(failed.length === 0 ? 0 : 1);
