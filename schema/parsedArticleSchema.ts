import { z } from 'zod';
import { openEnum } from './openEnum';
import { provenanceSchema } from './provenanceSchema';
import { SOURCE_FORMATS } from './sourceFormats';

const nullableText = (description: string) => z.string().nullable().describe(description);

const indexTermSchema = z.object({
  term: z.string(),
  score: z
    .number()
    .nullable()
    .describe('Relevance in percent (`ELECTIONS (91%)` → 91); null where the source gives none.'),
});

const entityMentionSchema = z.object({
  name: z.string().describe('The canonical name, in reading case.'),
  mentions: z.number().int().describe('How often the article mentions the entity.'),
  score: z
    .number()
    .nullable()
    .optional()
    .describe(
      "Relevance from the source's index terms (Nexis `PERSON: … (90%)`), when the entity came from there.",
    ),
});

/**
 * One article as the parser returns it and `article-pipeline parse` prints it (DESIGN.md's "parsed
 * article"): the same fields a stored `PARSED` article holds.
 *
 * @example
 * const article = parsedArticleSchema.parse(JSON.parse(line));
 * article.authors; // ['Robert Burns', 'Lolita C. Baldor']
 */
export const parsedArticleSchema = z.object({
  documentIndex: z.number().int().min(1).describe('1-based position of the document in its file.'),
  format: openEnum(SOURCE_FORMATS).describe(
    'The layout, detected from the bytes and the text (`nexis-uni`: a Nexis Uni / Lexis Advance export): an open enumeration (schema version 3), the known values listed.',
  ),
  publication: nullableText('The publication, e.g. "Albuquerque Journal".'),
  headline: nullableText('The headline.'),
  subheadline: nullableText('The subheadline (deck).'),
  byline: nullableText('The byline as printed, without a leading dash.'),
  authors: z
    .array(z.string())
    .describe('People credited, in reading case; the organization where the byline names only one.'),
  dateline: nullableText('The place as printed, agency tag and dash removed, e.g. "WASHINGTON".'),
  paragraphs: z
    .array(z.string())
    .describe('Body paragraphs, hard wraps joined, the first without its dateline; quote marks as printed.'),
  language: nullableText('BCP 47 language code, e.g. "en".'),
  country: nullableText('Country of publication, e.g. "United States".'),
  publishedDate: nullableText('ISO date (YYYY-MM-DD) where the file states one.'),
  section: nullableText('The section, where the file states one (Nexis `SECTION: METRO; Pg. B1` → "METRO").'),
  edition: nullableText('The edition, where the file states one.'),
  page: nullableText('The page, where the file states one ("B1").'),
  statedWordCount: z
    .number()
    .int()
    .nullable()
    .describe('The word count the file states (`LENGTH: 912 words`).'),
  indexTerms: z
    .object({
      subject: z.array(indexTermSchema),
      organization: z.array(indexTermSchema),
      person: z.array(indexTermSchema),
      geographic: z.array(indexTermSchema),
      industry: z
        .array(indexTermSchema)
        .optional()
        .describe('Industry terms (Nexis `INDUSTRY:`, Nexis Uni `Industry:`; schema version 3).'),
      codes: z
        .array(
          z.object({
            scheme: z.string().describe('The code list as the vendor names it (`NS`, `RE`, `IN`, `CO`).'),
            code: z.string(),
            label: z.string().nullable().describe("The code's label where the source prints one."),
          }),
        )
        .optional()
        .describe(
          'Vendor classification codes apart from descriptors, never read as entities (schema version 3).',
        ),
    })
    .describe('Index fields of the source with scores; each list empty where the source has none.'),
  wordCount: z.number().int().describe('Whitespace-separated words in `paragraphs`.'),
  contentHash: z
    .string()
    .describe(
      "sha256 hex of the document's text after decoding, white space ignored: the UTF-8 bytes of its words joined by single spaces (every run of white space, line ends included, collapsed to one space; the ends trimmed). The same story in several files (or in one document's TXT, HTML and RTF exports) shares it. Records of an older parser version may carry the earlier hash, of the lines as laid out (LF line ends, trailing white space trimmed), until `reprocess --parser-older-than` rewrites them.",
    ),
  warnings: z.array(z.string()).describe('What looked odd but did not stop parsing.'),
  container: z
    .object({
      kind: openEnum(['docx', 'zip', 'pdf', 'rtf', 'html', 'email']).describe(
        'The wrapping: `docx`, `zip`, `pdf`, `rtf`, `html`, `email` today, an open enumeration (schema version 3).',
      ),
      member: z
        .string()
        .optional()
        .describe("The ZIP member's path, decoded; `outer.zip/inner.docx` when nested."),
    })
    .optional()
    .describe(
      'Where the article came from inside its upload (DOCX, ZIP member); absent for a bare text file (schema version 3).',
    ),
  sourceDocumentId: z
    .object({
      vendor: z.string().describe('`factiva`, `proquest`, `nexis`, `europresse` (open).'),
      id: z.string().describe("The vendor's document id as printed (Factiva AN, ProQuest document ID, …)."),
    })
    .optional()
    .describe("The vendor's own document id, where the export gives one (schema version 3)."),
  provenance: provenanceSchema.optional(),
  quotes: z
    .array(
      z.object({
        text: z.string(),
        speaker: z
          .string()
          .nullable()
          .describe('Full name of the speaker, or null when the text does not say.'),
      }),
    )
    .describe('Direct quotations in the body and who said them.'),
  entities: z
    .object({
      people: z.array(entityMentionSchema),
      organizations: z.array(entityMentionSchema),
      places: z.array(entityMentionSchema),
    })
    .describe('Named people, organizations and places the article mentions.'),
  lead: nullableText('The first sentence of the body, or null for an empty body.'),
  sentenceCount: z.number().int(),
  readingTimeMinutes: z
    .number()
    .int()
    .describe('Whole minutes at 230 words a minute, at least 1 for a non-empty body.'),
});
