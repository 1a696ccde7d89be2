// The function as deployed: the construct's esbuild bundle (synthesized with bundling on, as `cdk synth`
// builds it), run against the local servers on one upload of each container. The DOCX/ZIP reader is a
// dynamic import in the source: this shows the bundle carries it and loads it when such bytes arrive.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Stack } from 'aws-cdk-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedStoredArticle } from '../../lambda/store/types';
import { ArticlePipeline } from '../../lib/ArticlePipeline';
import { containerFixtures, FIXTURE_DOCUMENT_IDS } from '../helpers/containerFixtures';
import { s3EventBody, sqsEvent, sqsRecord } from '../helpers/sqsEvents';
import { type IngestHarness, startIngestHarness, uniqueKey } from '../helpers/startIngestHarness';
import { createTestApp } from '../infra/testApp';

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

let scratch: string;
let bundle: string;
let harness: IngestHarness;

interface TemplateJson {
  Resources: Record<string, { Type: string; Properties?: { Code?: { S3Key?: unknown } } }>;
}

/** Synthesizes the construct with bundling on and returns its ingest function's `index.js`. */
function synthesizeBundle(outdir: string): string {
  const app = createTestApp({ bundle: true, outdir });
  const stack = new Stack(app, 'Bundled');
  new ArticlePipeline(stack, 'Pipeline');
  const template = app.synth().getStackByName('Bundled').template as TemplateJson;
  const fn = Object.values(template.Resources).find(
    (resource) => resource.Type === 'AWS::Lambda::Function' && resource.Properties?.Code !== undefined,
  );
  const assetHash = String(fn?.Properties?.Code?.S3Key ?? '').replace(/\.zip$/, '');
  const manifest = JSON.parse(readFileSync(join(outdir, 'Bundled.assets.json'), 'utf8')) as {
    files: Record<string, { source: { path: string } }>;
  };
  const path = manifest.files[assetHash]?.source.path;
  if (path === undefined) throw new Error('no asset for the ingest function');
  const dir = join(outdir, path);
  if (!statSync(dir).isDirectory()) throw new Error(`${dir} is not a directory`);
  return join(dir, 'index.js');
}

beforeAll(async () => {
  // Inside the project, with a package.json saying CommonJS, as a Lambda zip (which has none) runs it.
  mkdirSync(join(PROJECT_ROOT, '.tmp'), { recursive: true });
  scratch = mkdtempSync(join(PROJECT_ROOT, '.tmp', 'bundled-handler-'));
  writeFileSync(join(scratch, 'package.json'), '{ "type": "commonjs" }\n');
  bundle = synthesizeBundle(scratch);
  harness = await startIngestHarness({ handlerModule: bundle });
}, 180_000);

afterAll(async () => {
  await harness?.stop();
  if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
});

describe('the bundled ingest function', () => {
  it('is one file that holds the DOCX/ZIP reader (no chunk left behind in the asset, only PDF.js beside it), and it is what runs', () => {
    // Beside it only PDF.js, laid out for the PDF reader's import() (lib/pdfjsAssetCommands.ts).
    expect(readdirSync(dirname(bundle)).sort()).toEqual(['index.js', 'index.js.map', 'node_modules']);
    expect(readdirSync(join(dirname(bundle), 'node_modules'))).toEqual(['pdfjs-dist']);
    // A regular expression literal survives minification: the container reader's code is in the bundle.
    expect(readFileSync(bundle, 'utf8')).toContain('urn(?::|%3A)contentItem');
    expect(createRequire(import.meta.url).cache[bundle]).toBeDefined();
  });

  it('parses a Nexis Uni DOCX, a ZIP of DOCX and a ZIP of classic TXT exports into one record per document', async () => {
    const fixtures = containerFixtures();
    const keys = fixtures.map((fixture) => uniqueKey(fixture.name));
    const records = [];
    for (const [at, fixture] of fixtures.entries()) {
      const object = await harness.upload(keys[at]!, fixture.bytes);
      records.push(
        sqsRecord(
          s3EventBody({
            bucket: harness.bucket,
            key: keys[at]!,
            sequencer: harness.nextSequencer(),
            ...object,
          }),
        ),
      );
    }

    const response = await harness.handler(sqsEvent(records));

    expect(response.batchItemFailures).toEqual([]);
    for (const [at, fixture] of fixtures.entries()) {
      const stored = (await harness.store.getSourceRecords(harness.bucket, keys[at]!))!;
      expect(stored.source, fixture.name).toMatchObject({
        status: 'PARSED',
        format: fixture.format,
        articleCount: fixture.documents.length,
      });
      const articles = stored.articles as ParsedStoredArticle[];
      expect(
        articles.map((article) => [article.container?.kind, article.container?.member, article.headline]),
        fixture.name,
      ).toEqual(fixture.documents);
      if (fixture.name.endsWith('.docx')) {
        expect(articles.map((article) => article.sourceDocumentId?.id)).toEqual(FIXTURE_DOCUMENT_IDS);
      }
    }
  });
});
