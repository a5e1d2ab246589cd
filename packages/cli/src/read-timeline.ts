import { toDotPath, type Timeline } from '@parley/core/parse';
import { colors, useColor } from './colors.js';
import { detectFormat, parseText, type InputFormat } from './formats.js';
import type { CliIo } from './io.js';
import { readInput } from './read-input.js';
import { textReport } from './report/text.js';

/**
 * Reads and validates the one timeline a command works on (a file, `-` or an http(s) URL), as
 * `parley validate` does. Notes on what an import left out go to standard error; so do the
 * issues of an invalid timeline, with their line and column, and then it returns undefined.
 */
export async function readTimeline(
  name: string,
  from: InputFormat | undefined,
  io: CliIo,
): Promise<Timeline | undefined> {
  const file = name === '-' ? '<stdin>' : name;
  const read = await readInput(name, io);
  const parsed = read.ok ? await parseText(read.text, detectFormat(name, read.text, from)) : undefined;
  const result = parsed?.result;
  for (const note of parsed?.notes ?? [])
    io.stderr.write(`${file}  ${note.code}  ${toDotPath(note.path)}  ${note.message}\n`);
  if (result?.success) return result.data;
  const issues = read.ok ? (result && !result.success ? result.error.issues : []) : [read.issue];
  const report = textReport(
    [{ file, ...(read.ok ? { text: read.text } : {}), issues, warnings: [] }],
    colors(useColor(io.stderr, io.env)),
  );
  io.stderr.write(report.stderr);
  return undefined;
}
