/** PDF.js's files the function loads on demand: its minified builds, under the names the PDF reader imports. */
const PDFJS_FILES: readonly [from: string, to: string][] = [
  ['legacy/build/pdf.min.mjs', 'legacy/build/pdf.mjs'],
  ['legacy/build/pdf.worker.min.mjs', 'legacy/build/pdf.worker.mjs'],
  ['package.json', 'package.json'],
  ['LICENSE', 'LICENSE'],
];

const quote = (path: string) => `'${path.replace(/'/g, `'\\''`)}'`;

/**
 * Shell commands (run after esbuild, as NodejsFunction's `afterBundling` hook) that put PDF.js beside the
 * bundle, in `node_modules/pdfjs-dist`, where the bundle's dynamic `import('pdfjs-dist/…')` finds it.
 * PDF.js is left out of `index.js` (`--external:pdfjs-dist`): its 1.7 MB would be parsed at every cold
 * start, though only a PDF upload runs it. Its ES modules load from CommonJS through `import()`.
 *
 * @example
 * ```ts
 * commandHooks: { afterBundling: (input, output) => pdfjsAssetCommands(input, output), beforeBundling: () => [], beforeInstall: () => [] }
 * ```
 */
export function pdfjsAssetCommands(inputDir: string, outputDir: string): string[] {
  const from = `${inputDir}/node_modules/pdfjs-dist`;
  const to = `${outputDir}/node_modules/pdfjs-dist`;
  return [
    `mkdir -p ${quote(`${to}/legacy/build`)}`,
    ...PDFJS_FILES.map(([source, target]) => `cp ${quote(`${from}/${source}`)} ${quote(`${to}/${target}`)}`),
  ];
}
