import { extname } from 'node:path';
import { safeParseTimelineJson, type SafeParseTimelineResult } from '@parley/core/parse';
import { safeParseTimelineYaml } from '@parley/core/yaml';
import { safeParseTimelineCsv } from '@parley/core/csv';
import { CliError } from './io.js';

/** The formats a timeline can be read from. */
export const INPUT_FORMATS = ['json', 'yaml', 'csv'] as const;
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
 * The format of a file: `--from` when given, else its extension; standard input and files
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

/** Validates text in the given format; every issue has a line and column. */
export function parseText(text: string, format: InputFormat): SafeParseTimelineResult {
  switch (format) {
    case 'json':
      return safeParseTimelineJson(text);
    case 'yaml':
      return safeParseTimelineYaml(text);
    case 'csv':
      return safeParseTimelineCsv(text);
  }
}
