// Backfills (or repairs) the record browser's aggregates from what the table holds: for a table that
// existed before the aggregates consumer was attached (the stream keeps only 24 hours). Reads the whole
// table once (a parallel scan) and writes the counter items; idempotent. Run it while nothing is being
// ingested and the consumer has caught up (docs/browse.md, "Backfill").
//   npx tsx scripts/rebuildAggregates.ts --stack ArticlePipeline [--region eu-west-1] [--profile p]
//   npx tsx scripts/rebuildAggregates.ts --data-dir .local        (a local pipeline's data folder)
//   npx tsx scripts/rebuildAggregates.ts                          (the running local pipeline)
import { parseArgs } from 'node:util';
import { createPipelineClients } from '../cli/target/createPipelineClients';
import { requireResources } from '../cli/target/requireResources';
import { resolveTarget } from '../cli/target/resolveTarget';
import { rebuildAggregates } from '../lambda/aggregates/rebuildAggregates';

const { values } = parseArgs({
  options: {
    stack: { type: 'string' },
    table: { type: 'string' },
    region: { type: 'string' },
    profile: { type: 'string' },
    'data-dir': { type: 'string' },
  },
});
const target = requireResources(
  await resolveTarget(
    {
      stack: values.stack,
      table: values.table,
      region: values.region,
      profile: values.profile,
      dataDir: values['data-dir'],
    },
    { cwd: process.cwd() },
  ),
  ['table'],
  'rebuildAggregates',
);
const clients = createPipelineClients(target.clients);
try {
  console.log(
    `Recounting the aggregates of table ${target.table} (${target.description}): one scan of the table…`,
  );
  const summary = await rebuildAggregates(clients.dynamo, target.table);
  console.log(
    `${summary.itemsCounted} source and article items counted; ${summary.countersWritten} counter items written, ${summary.countersDeleted} deleted.`,
  );
} finally {
  clients.destroy();
}
