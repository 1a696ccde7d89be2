import { z } from 'zod';
import type { LineRange } from '../lambda/parser/types';
import { openEnum } from './openEnum';

const lineRangeSchema = z
  .tuple([z.number().int().min(0), z.number().int().min(0)])
  .describe('Lines [start, end): 0-based, end excluded.') as unknown as z.ZodType<LineRange>;

const rangesSchema = z.array(lineRangeSchema);

/** The roles the parser gives today; `LineRole` in lambda/parser/types.ts. */
const LINE_ROLES = [
  'headline',
  'subheadline',
  'byline',
  'dateline',
  'body',
  'header',
  'field',
  'index',
  'label',
  'furniture',
  'footer',
  'copyright',
  'kicker',
  'factbox',
  'separator',
  'blank',
  'ignored',
] as const;

const FIELDS = [
  'publication',
  'headline',
  'subheadline',
  'byline',
  'dateline',
  'language',
  'country',
  'publishedDate',
  'section',
  'edition',
  'page',
  'statedWordCount',
  'indexTerms',
  'sourceDocumentId',
] as const;

/**
 * Where each field of an article came from (schema version 3): line ranges of the text the parser read
 * (the decoded file, or the text a container's reader produced), 0-based and half-open, never the text
 * itself; and the role of every line of the document, run-length. See lambda/parser/README.md.
 *
 * @example
 * provenanceSchema.parse({ span: [0, 3], fields: { headline: [[0, 1]] }, paragraphs: [[[2, 3]]], lines: [['headline', 1], ['blank', 1], ['body', 1]], warnings: [] });
 */
export const provenanceSchema = z
  .object({
    span: lineRangeSchema.describe("The document's lines [start, end), separator included where it has one."),
    fields: z
      .object(
        Object.fromEntries(FIELDS.map((field) => [field, rangesSchema.optional()])) as {
          [K in (typeof FIELDS)[number]]: z.ZodOptional<typeof rangesSchema>;
        },
      )
      .describe('For each field the article filled, the line ranges it was read from.'),
    paragraphs: z
      .array(rangesSchema)
      .describe('For each paragraph, in order, the line ranges it was read from.'),
    lines: z
      .array(z.tuple([openEnum(LINE_ROLES), z.number().int().min(1)]))
      .describe(
        "The roles of the span's lines in order, run-length [role, count]; roles are an open enumeration.",
      ),
    warnings: z
      .array(z.object({ index: z.number().int().min(0), lines: rangesSchema }))
      .describe('For a warning about particular lines: its index in `warnings` and those lines.'),
  })
  .describe('Where each field came from, and what every line was (schema version 3).');
