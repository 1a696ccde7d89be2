import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { parseDocuments } from '../../lambda/parser/parseDocuments';
import { prepareText } from '../../lambda/parser/prepareText';
import type { ParsedArticle, Rejection } from '../../lambda/parser/types';
import { UserError } from '../errors';
import { explainArticles } from '../output/explainArticles';
import type { CommandIo } from '../types';

/**
 * Parses files locally and prints one JSON line per article (`file`, `documentIndex`, then the parsed
 * fields), or with `explain` the file's lines, each labelled with its role and the fields it fed. A file
 * that gives no article is reported on stderr and makes the exit status 1; a ZIP member that could not be
 * read is reported on stderr too (the other members' articles are printed, exit status 0).
 *
 * @example
 * article-pipeline parse seeds/000_90b2515fab799f03.txt | jq .headline
 * article-pipeline parse --explain seeds/000_90b2515fab799f03.txt
 */
export async function runParseCommand(
  files: string[],
  io: CommandIo,
  options: { explain?: boolean } = {},
): Promise<number> {
  let exitCode = 0;
  for (const file of files) {
    const bytes = await readFileOrExplain(file);
    const result = await collect(bytes);
    for (const { member, rejection } of result.memberRejections) {
      io.stderr.write(`${file}: member ${member} not read (${rejection.code}): ${rejection.message}\n`);
    }
    if (!result.ok) {
      io.stderr.write(`${file}: rejected (${result.rejection.code}): ${result.rejection.message}\n`);
      exitCode = 1;
      continue;
    }
    const container = result.articles[0]?.container;
    if (options.explain && container !== undefined) {
      // A container's line numbers are of the text its reader produced, which the CLI does not rebuild yet.
      io.stderr.write(
        `${file}: --explain shows text files only; this ${container.kind} upload prints its records, provenance included\n`,
      );
    } else if (options.explain) {
      // The lines exactly as the parser split them: its line numbers are these.
      const lines = [...prepareText(bytes, {}).batches()].flat();
      io.stdout.write(explainArticles(file, lines, result.articles));
      continue;
    }
    for (const article of result.articles) {
      io.stdout.write(`${JSON.stringify({ file, ...article })}\n`);
    }
  }
  return exitCode;
}

type Collected = { memberRejections: { member: string; rejection: Rejection }[] } & (
  | { ok: true; articles: ParsedArticle[] }
  | { ok: false; rejection: Rejection }
);

/** Every article of the upload, or its rejection, and the ZIP members that could not be read. */
async function collect(bytes: Uint8Array): Promise<Collected> {
  const articles: ParsedArticle[] = [];
  const memberRejections: { member: string; rejection: Rejection }[] = [];
  for await (const event of parseDocuments(bytes)) {
    if (event.kind === 'member-rejected') memberRejections.push(event);
    else if (event.kind === 'article') articles.push(event.article);
    else if (event.kind === 'rejected') return { ok: false, rejection: event.rejection, memberRejections };
  }
  return { ok: true, articles, memberRejections };
}

async function readFileOrExplain(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`${file}: no such file`);
    if (code === 'EISDIR') throw new UserError(`${file}: is a directory (parse takes files)`);
    if (code === 'EACCES') throw new UserError(`${file}: permission denied`);
    throw error;
  }
}

/** Adds `parse FILE...` to the program. */
export function registerParseCommand(
  program: Command,
  io: CommandIo,
  setExitCode: (code: number) => void,
): void {
  program
    .command('parse')
    .description('parse article files locally and print one JSON line per article')
    .argument('<files...>', 'files to parse (PressReader text, Nexis exports, plain text, gzip of those)')
    .option('--explain', "print each file's lines labelled with their role and the fields they fed")
    .action(async (files: string[], options: { explain?: boolean }) => {
      setExitCode(await runParseCommand(files, io, options));
    });
}
