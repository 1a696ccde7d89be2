import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HANDLER = join(PROJECT_ROOT, 'lambda/ingest/handler.ts');
const SMITHY_FLAG = '@aws-cdk/aws-lambda-nodejs:sdkV3ExcludeSmithyPackages';

/** What a bundle is made of: output bytes per package (or project folder), largest first. */
export interface BundleComposition {
  /** Total output bytes of the mirrored build; compare with the synthesized file to trust the split. */
  bytes: number;
  parts: { name: string; bytes: number; share: number }[];
  /** Output bytes of each reader loaded on demand, its own folders and the packages only it uses. */
  readerBytes: Record<string, number>;
}

/** The paths that make up each reader loaded on demand; other format branches add theirs here. */
const READER_PATHS: Readonly<Record<string, RegExp>> = {
  'docx-zip': /^lambda\/parser\/(?:containers|nexisUni)\/|node_modules\/fflate\//,
  html: /^lambda\/parser\/(?:html|nexisHtml)\/|node_modules\/(?:htmlparser2|entities|domhandler|domutils|domelementtype|dom-serializer)\//,
};

/**
 * Rebuilds the ingest handler with esbuild's API and the options the construct passes to esbuild (minified,
 * CJS, node24, the SDK external as CDK's feature flag decides) to read esbuild's metafile: which packages
 * the bytes come from. The synthesized bundle cannot tell (CDK does not ask esbuild for a metafile).
 *
 * @example
 * ```ts
 * const { parts } = await analyzeBundleComposition(false);
 * parts[0]; // { name: 'zod', bytes: 453983, share: 0.64 }
 * ```
 */
export async function analyzeBundleComposition(bundleAwsSdk: boolean): Promise<BundleComposition> {
  const cdkJson = JSON.parse(readFileSync(join(PROJECT_ROOT, 'cdk.json'), 'utf8')) as {
    context?: Record<string, unknown>;
  };
  const sdkExternals = cdkJson.context?.[SMITHY_FLAG] === true ? ['@aws-sdk/*', '@smithy/*'] : ['@aws-sdk/*'];
  const result = await build({
    entryPoints: [HANDLER],
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'cjs',
    target: 'node24',
    // PDF.js sits beside the bundle, as the construct lays it out (lib/pdfjsAssetCommands.ts).
    external: [...(bundleAwsSdk ? [] : sdkExternals), 'pdfjs-dist'],
    outfile: 'index.js',
    write: false,
    metafile: true,
    absWorkingDir: PROJECT_ROOT,
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs).find(
    (candidate) => candidate.entryPoint !== undefined,
  );
  if (output === undefined) throw new Error('esbuild reported no output for the handler');
  const byPart = new Map<string, number>();
  for (const [path, input] of Object.entries(output.inputs)) {
    const name = partName(path);
    byPart.set(name, (byPart.get(name) ?? 0) + input.bytesInOutput);
  }
  const readerBytes: Record<string, number> = Object.fromEntries(
    Object.keys(READER_PATHS).map((name) => [name, 0]),
  );
  for (const [path, input] of Object.entries(output.inputs))
    for (const [name, pattern] of Object.entries(READER_PATHS))
      if (pattern.test(path)) readerBytes[name]! += input.bytesInOutput;
  const parts = [...byPart]
    .map(([name, bytes]) => ({ name, bytes, share: Number((bytes / output.bytes).toFixed(3)) }))
    .sort((a, b) => b.bytes - a.bytes);
  return { bytes: output.bytes, parts, readerBytes };
}

/**
 * `node_modules/@scope/name/…` → `@scope/name`; a project file → its top two folders (`lambda/parser`), and
 * a reader loaded on demand (a folder of the parser: `lambda/parser/rtf`) apart, so each reader's bytes show.
 */
function partName(path: string): string {
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (packageMatch?.[1] !== undefined) return packageMatch[1];
  const folders = path.split('/');
  if (folders[0] === 'lambda' && folders[1] === 'parser' && folders.length > 3)
    return folders.slice(0, 3).join('/');
  return folders.slice(0, 2).join('/');
}
