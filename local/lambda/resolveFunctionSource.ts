import { join } from 'node:path';
import { UntranslatableTemplateError } from '../errors';
import type { FunctionSource, LocalFunction } from '../types';

/** Where each function of the stack lives in this repository, by the id of its construct. */
const REPOSITORY_SOURCES: Record<string, string> = {
  IngestFunction: 'lambda/ingest/handler.ts',
};

/**
 * The module a function runs locally: an override given by logical id or construct id (tests run scripted
 * handlers this way), else this repository's source for the construct the template's path metadata names.
 *
 * @example
 * resolveFunctionSource(fn, '/repo', {}); // { entry: '/repo/lambda/ingest/handler.ts', exportName: 'handler' }
 */
export function resolveFunctionSource(
  fn: LocalFunction,
  projectRoot: string,
  overrides: Record<string, FunctionSource> = {},
): Required<FunctionSource> {
  const constructId = fn.constructPath?.split('/').at(-2);
  const override =
    overrides[fn.logicalId] ?? (constructId === undefined ? undefined : overrides[constructId]);
  if (override !== undefined)
    return { entry: override.entry, exportName: override.exportName ?? fn.exportName };
  const relativePath = constructId === undefined ? undefined : REPOSITORY_SOURCES[constructId];
  if (relativePath === undefined) {
    throw new UntranslatableTemplateError(
      `no local source for function ${fn.constructPath ?? fn.logicalId}: add it to local/lambda/resolveFunctionSource.ts`,
    );
  }
  return { entry: join(projectRoot, relativePath), exportName: fn.exportName };
}
