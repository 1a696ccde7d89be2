import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HANDLER = join(PROJECT_ROOT, 'lambda/ingest/handler.ts');
const PARSER_FOLDER = 'lambda/parser/';
const SMITHY_FLAG = '@aws-cdk/aws-lambda-nodejs:sdkV3ExcludeSmithyPackages';

/** Readers by the module the parser's dynamic `import()` loads; another reader shows under its file's stem. */
const READER_NAMES: Record<string, string> = {
  'lambda/parser/containers/parseContainerDocuments.ts': 'docxZip',
};

/** What one lazily loaded reader adds to the ingest function. */
export interface LazyReaderBytes {
  /** The module the handler's dynamic `import()` names. */
  entry: string;
  /** Modules only that import reaches (the reader's own, and packages only it uses, such as fflate). */
  modules: number;
  /** Their minified bytes inside the deployed single-file CommonJS bundle (initialized on first import). */
  bytesInBundle: number;
  /** `bytesInBundle` ÷ the whole bundle. */
  shareOfBundle: number;
  /** The reader's own chunk when the same code is built as split ES modules: what a lazy file would weigh. */
  chunkBytes: number;
  chunkGzipBytes: number;
}

/**
 * Measures each reader the handler loads with a dynamic `import()` (today the DOCX/ZIP reader): the bytes
 * of the modules only that import reaches, read from esbuild's metafile of a build mirroring the
 * construct's options (minified CJS, node24, the SDK placement given), and the size of its chunk in a
 * split ES-module build of the same code.
 *
 * @example
 * ```ts
 * const readers = await measureLazyReaders(true);
 * readers.docxZip?.bytesInBundle;
 * ```
 */
export async function measureLazyReaders(bundleAwsSdk: boolean): Promise<Record<string, LazyReaderBytes>> {
  const cdkJson = JSON.parse(readFileSync(join(PROJECT_ROOT, 'cdk.json'), 'utf8')) as {
    context?: Record<string, unknown>;
  };
  const external = bundleAwsSdk
    ? []
    : cdkJson.context?.[SMITHY_FLAG] === true
      ? ['@aws-sdk/*', '@smithy/*']
      : ['@aws-sdk/*'];
  const common = {
    entryPoints: [HANDLER],
    bundle: true,
    minify: true,
    platform: 'node' as const,
    target: 'node24',
    mainFields: ['module', 'main'],
    external,
    write: false,
    metafile: true,
    absWorkingDir: PROJECT_ROOT,
    logLevel: 'silent' as const,
  };
  const single = await build({ ...common, format: 'cjs', outfile: 'index.js' });
  const split = await build({ ...common, format: 'esm', splitting: true, outdir: 'split' });
  const singleMeta = single.metafile;
  const splitMeta = split.metafile;
  if (singleMeta === undefined || splitMeta === undefined) throw new Error('esbuild gave no metafile');
  const splitFiles = split.outputFiles ?? [];
  const output = Object.values(singleMeta.outputs).find((candidate) => candidate.entryPoint !== undefined);
  if (output === undefined) throw new Error('esbuild reported no output for the handler');
  const inputs = singleMeta.inputs;
  const entry = Object.keys(inputs).find((path) => join(PROJECT_ROOT, path) === HANDLER);
  if (entry === undefined) throw new Error('the handler is not among the metafile inputs');
  const eager = reachable(inputs, [entry], new Set());
  // Readers are the parser's own dynamic imports; the SDK and Powertools have lazy parts of their own.
  const lazyEntries = new Set(
    Object.entries(inputs).flatMap(([path, input]) =>
      path.startsWith(PARSER_FOLDER)
        ? input.imports
            .filter(
              (edge) =>
                edge.kind === 'dynamic-import' &&
                edge.path.startsWith(PARSER_FOLDER) &&
                !eager.has(edge.path),
            )
            .map((edge) => edge.path)
        : [],
    ),
  );
  const readers: Record<string, LazyReaderBytes> = {};
  for (const lazy of [...lazyEntries].sort()) {
    const modules = reachable(inputs, [lazy], eager);
    const bytesInBundle = [...modules].reduce(
      (sum, path) => sum + (output.inputs[path]?.bytesInOutput ?? 0),
      0,
    );
    const chunk = Object.entries(splitMeta.outputs).find(([, candidate]) => candidate.entryPoint === lazy);
    const chunkFile = splitFiles.find((file) => chunk !== undefined && file.path.endsWith(chunk[0]));
    readers[READER_NAMES[lazy] ?? (lazy.split('/').pop() ?? lazy).replace(/\.[cm]?[jt]s$/, '')] = {
      entry: lazy,
      modules: modules.size,
      bytesInBundle,
      shareOfBundle: Number((bytesInBundle / output.bytes).toFixed(4)),
      chunkBytes: chunk?.[1].bytes ?? 0,
      chunkGzipBytes: chunkFile === undefined ? 0 : gzipSync(chunkFile.contents, { level: 9 }).length,
    };
  }
  return readers;
}

/** Inputs reachable from `starts` through static imports (requires and `import` statements), past `except`. */
function reachable(
  inputs: Metafile['inputs'],
  starts: readonly string[],
  except: ReadonlySet<string>,
): Set<string> {
  const seen = new Set<string>();
  const stack = starts.filter((start) => !except.has(start));
  while (stack.length > 0) {
    const path = stack.pop()!;
    if (seen.has(path)) continue;
    seen.add(path);
    for (const edge of inputs[path]?.imports ?? []) {
      if (edge.kind === 'dynamic-import' || edge.external || except.has(edge.path)) continue;
      if (!seen.has(edge.path)) stack.push(edge.path);
    }
  }
  return seen;
}
