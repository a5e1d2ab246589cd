import { extname } from 'node:path';
import { safeParseTimelineJson, type ParleyIssue, type SafeParseTimelineResult } from '@parley/core/parse';
import { CliError } from './io.js';

/** The formats a timeline can be read from. */
export const INPUT_FORMATS = ['json', 'yaml', 'csv', 'timelinejs'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.json': 'json',
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.csv': 'csv',
  '.tsv': 'csv',
};

/** Checks a `--from` value. */
export function inputFormat(value: string | undefined): InputFormat | undefined {
  if (value === undefined) return undefined;
  if ((INPUT_FORMATS as readonly string[]).includes(value)) return value as InputFormat;
  throw new CliError(
    `Unknown input format "${value}".`,
    `Use --from with one of: ${INPUT_FORMATS.join(', ')}.`,
  );
}

/**
 * The format of a file: `--from` when given (TimelineJS3 JSON only then), else its extension; standard input and files
 * without a known extension are JSON when they start with `{` and YAML otherwise.
 */
export function detectFormat(name: string, text: string, from: InputFormat | undefined): InputFormat {
  if (from) return from;
  const byExtension = name === '-' ? undefined : BY_EXTENSION[extname(pathOf(name)).toLowerCase()];
  if (byExtension) return byExtension;
  // A published Google Sheet's CSV link ends in `output=csv` rather than `.csv`.
  if (/^https?:/i.test(name) && /[?&](output|format)=csv\b/i.test(name)) return 'csv';
  return /^\uFEFF?\s*[{[]/.test(text) ? 'json' : 'yaml';
}

/** The path part of a URL, or the name itself. */
function pathOf(name: string): string {
  if (!/^https?:/i.test(name)) return name;
  try {
    return new URL(name).pathname;
  } catch {
    return name;
  }
}

/** What reading a file found: the validation result, and notes on what an import left out. */
export interface Parsed {
  readonly result: SafeParseTimelineResult;
  /** Warnings beside the result's own, e.g. what TimelineJS held that a timeline has no place for. */
  readonly notes: readonly ParleyIssue<string>[];
}

/**
 * A TimelineJS3 JSON document, imported and validated. Its issues are about the imported
 * timeline, so they carry the timeline's paths but no line in the TimelineJS text.
 */
async function fromTimelineJs(text: string): Promise<Parsed> {
  const { importTimelineJs } = await import('@parley/core/timelinejs');
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // Not JSON: the JSON reader says where, with line and column.
    return { result: safeParseTimelineJson(text), notes: [] };
  }
  const { dropped, ...result } = importTimelineJs(value);
  return { result, notes: dropped };
}

/**
 * Validates text in the given format; every issue has a line and column. The YAML, CSV and
 * TimelineJS readers are imported only for their own format, so that checking a JSON file (an
 * editor's save hook, say) never loads a YAML or CSV parser: see docs/benchmarks.md.
 */
export async function parseText(text: string, format: InputFormat): Promise<Parsed> {
  switch (format) {
    case 'json':
      return { result: safeParseTimelineJson(text), notes: [] };
    case 'yaml': {
      const { safeParseTimelineYaml } = await import('@parley/core/yaml');
      return { result: safeParseTimelineYaml(text), notes: [] };
    }
    case 'csv': {
      const { safeParseTimelineCsv } = await import('@parley/core/csv');
      return { result: safeParseTimelineCsv(text), notes: [] };
    }
    case 'timelinejs':
      return fromTimelineJs(text);
  }
}
