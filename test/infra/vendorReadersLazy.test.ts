// The vendor readers are loaded on demand: split as ES modules, the parser's entry chunk (what a text upload
// and the cold start load) holds none of them, only the small sniffer that tells their bytes.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ENTRY = fileURLToPath(new URL('../../lambda/parser/parseFile.ts', import.meta.url));

describe('the vendor readers', () => {
  it('stay out of the entry chunk of the parser', async () => {
    const result = await build({
      entryPoints: [ENTRY],
      bundle: true,
      splitting: true,
      platform: 'node',
      format: 'esm',
      outdir: '/nonexistent-out',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const { outputs: byPath } = result.metafile;
    const outputs = Object.values(byPath);
    // What loads with the entry: its chunk and the chunks it imports statically, transitively.
    const eagerChunks = new Set<string>();
    const visit = (path: string) => {
      if (eagerChunks.has(path)) return;
      eagerChunks.add(path);
      for (const imported of byPath[path]!.imports)
        if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
    };
    visit(Object.keys(byPath).find((path) => byPath[path]!.entryPoint?.endsWith('parser/parseFile.ts'))!);
    const inputs = [...eagerChunks].flatMap((path) => Object.keys(byPath[path]!.inputs));
    expect(inputs.some((path) => path.endsWith('lambda/parser/vendors/sniffVendor.ts'))).toBe(true);
    const eager = inputs.filter((path) =>
      /lambda\/parser\/(?:proquest|europresse|integrum|mediargus)\/|vendors\/(?:parseVendorDocuments|readMime|parseEmailDocuments)\.ts/.test(
        path,
      ),
    );
    expect(eager).toEqual([]);
    // They are in the bundle all the same, in chunks of their own.
    const all = outputs.flatMap((output) => Object.keys(output.inputs));
    expect(all.some((path) => path.endsWith('lambda/parser/proquest/readProQuestDocument.ts'))).toBe(true);
    expect(all.some((path) => path.endsWith('lambda/parser/vendors/readMime.ts'))).toBe(true);
  }, 60_000);
});
