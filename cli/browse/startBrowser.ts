import { createPipelineClients } from '../target/createPipelineClients';
import { requireResources } from '../target/requireResources';
import { resolveTarget } from '../target/resolveTarget';
import type { TargetOptions } from '../types';
import { createAggregateReader } from './createAggregateReader';
import { createBrowseData } from './createBrowseData';
import { type BrowseServer, startBrowseServer } from './startBrowseServer';
import type { AggregateReader } from './types';

/** Options of {@link startBrowser}. */
export interface StartBrowserOptions extends TargetOptions {
  port?: number;
  readOnly?: boolean;
  /** Seconds between live refreshes; default 3 on a local pipeline, 30 on AWS (docs/browse.md). */
  refreshSeconds?: number;
  /** Builds the aggregate reader for the target's table (default: the stream aggregates, when the table has them). */
  aggregates?: (clients: ReturnType<typeof createPipelineClients>, table: string) => AggregateReader;
}

/** Seconds between live refreshes against a local pipeline and against AWS. */
export const REFRESH_SECONDS = { local: 3, aws: 30 } as const;

/**
 * Resolves the target as every command does (`--stack`, `--data-dir`, explicit names, or the running
 * local pipeline), and serves the browser on it. Closing the server closes the clients.
 *
 * @example
 * const browser = await startBrowser({ stack: 'ArticlePipeline', port: 0 }, process.cwd());
 * console.log(browser.url);
 */
export async function startBrowser(
  options: StartBrowserOptions,
  cwd: string,
): Promise<BrowseServer & { description: string }> {
  const resolved = await resolveTarget(options, { cwd });
  const target = requireResources(resolved, ['bucket', 'table'], 'browse');
  const clients = createPipelineClients(target.clients);
  const data = createBrowseData(target, clients, {
    aggregates: (options.aggregates ?? ((own, table) => createAggregateReader(own.dynamo, table)))(
      clients,
      target.table,
    ),
  });
  try {
    const server = await startBrowseServer({
      data,
      port: options.port ?? 0,
      readOnly: options.readOnly ?? target.queueUrl === undefined,
      refreshSeconds:
        options.refreshSeconds ??
        (target.clients.local === undefined ? REFRESH_SECONDS.aws : REFRESH_SECONDS.local),
    });
    return {
      url: server.url,
      description: target.description,
      close: async () => {
        await server.close();
        data.close();
      },
    };
  } catch (error) {
    data.close();
    throw error;
  }
}
