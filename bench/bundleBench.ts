/**
 * The ingest function's bundle as deployed: synthesized by the construct with bundling on (cdk.json's
 * feature flags, the construct's esbuild options), with the AWS SDK left to the runtime and bundled.
 * Top-level `bytes`/`gzipBytes` are the construct's default; `composition` says where the bytes come from;
 * `bytesByReader` what each reader loaded on demand (the DOCX/ZIP reader) adds, inside the bundle and as
 * a chunk of its own.
 */
import { analyzeBundleComposition } from './bundle/analyzeBundleComposition';
import { measureBundleFiles } from './bundle/measureBundleFiles';
import { measureLazyReaders } from './bundle/measureLazyReaders';
import { synthesizeIngestBundles } from './bundle/synthesizeIngestBundles';
import type { BenchRow, BenchSuite } from './run';
import { roundTo } from './support/roundTo';

const kb = (bytes: number) => `${roundTo(bytes / 1024, 1)} KB`;

const bundleBench: BenchSuite = {
  name: 'bundle',
  description:
    'ingest function bundle as `cdk synth` builds it (minified CJS + source map); KB = 1,024 bytes; gzip level 9',
  async run() {
    const bundles = await synthesizeIngestBundles();
    const external = measureBundleFiles(bundles.sdkExternal);
    const bundled = measureBundleFiles(bundles.sdkBundled);
    const deployed = bundles.defaultPlacement === 'sdkExternal' ? external : bundled;
    const composition = await analyzeBundleComposition(bundles.defaultPlacement === 'sdkBundled');
    const largest = composition.parts.slice(0, 8);
    const bytesByReader = await measureLazyReaders(bundles.defaultPlacement === 'sdkBundled');
    const figures = {
      bytes: deployed.bytes,
      gzipBytes: deployed.gzipBytes,
      sourceMapBytes: deployed.sourceMapBytes,
      deployedGzipBytes: deployed.deployedGzipBytes,
      defaultPlacement: bundles.defaultPlacement,
      byPlacement: { sdkExternal: external, sdkBundled: bundled },
      composition: {
        mirroredBuildBytes: composition.bytes,
        largestParts: largest,
      },
      bytesByReader,
    };
    const rows: BenchRow[] = [
      {
        metric: 'bytes',
        value: String(deployed.bytes),
        note: `index.js, ${bundles.defaultPlacement} (default)`,
      },
      { metric: 'gzipBytes', value: String(deployed.gzipBytes) },
      {
        metric: 'sourceMapBytes',
        value: String(deployed.sourceMapBytes),
        note: 'index.js.map, deployed too',
      },
      { metric: 'sdkExternal', value: kb(external.bytes), note: `${kb(external.gzipBytes)} gzip` },
      { metric: 'sdkBundled', value: kb(bundled.bytes), note: `${kb(bundled.gzipBytes)} gzip` },
      ...Object.entries(bytesByReader).map(([name, reader]) => ({
        metric: `reader ${name}`,
        value: kb(reader.bytesInBundle),
        note: `${roundTo(reader.shareOfBundle * 100, 1)}% of the bundle, ${reader.modules} modules loaded on demand; as a chunk ${kb(reader.chunkBytes)}, ${kb(reader.chunkGzipBytes)} gzip`,
      })),
      ...largest.map((part) => ({
        metric: `part ${part.name}`,
        value: kb(part.bytes),
        note: `${roundTo(part.share * 100, 1)}% of the ${bundles.defaultPlacement} bundle`,
      })),
    ];
    return { figures, rows };
  },
};

export default bundleBench;
