import { extname } from 'node:path';
import { safeParseTimelineJson, type SafeParseTimelineResult } from '@parley/core/parse';
import { safeParseTimelineYaml } from '@parley/core/yaml';
import { CliError } from './io.js';

/** The formats a timeline can be read from. */
export const INPUT_FORMATS = ['json', 'yaml'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.json': 'json',
  '.yaml': 'yaml',
  '.yml': 'yaml',
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
  const byExtension = name === '-' ? undefined : BY_EXTENSION[extname(name).toLowerCase()];
  if (byExtension) return byExtension;
  return /^\uFEFF?\s*[{[]/.test(text) ? 'json' : 'yaml';
}

/** Validates text in the given format; every issue has a line and column. */
export function parseText(text: string, format: InputFormat): SafeParseTimelineResult {
  switch (format) {
    case 'json':
      return safeParseTimelineJson(text);
    case 'yaml':
      return safeParseTimelineYaml(text);
  }
}
