import { safeParseTimelineJson, type ParleyIssue, type Timeline } from '@parley/core';
import { safeParseTimelineYaml } from '@parley/core/yaml';

/** The formats the playground edits. */
export type PlaygroundFormat = 'json' | 'yaml';

export type ParsedDocument =
  | { readonly success: true; readonly data: Timeline }
  | { readonly success: false; readonly issues: readonly ParleyIssue[] };

/** Validates the editor's text with Parley's own parser for its format: every issue with line and column. */
export function parseDocument(format: PlaygroundFormat, text: string): ParsedDocument {
  const result = format === 'json' ? safeParseTimelineJson(text) : safeParseTimelineYaml(text);
  return result.success
    ? { success: true, data: result.data }
    : { success: false, issues: result.error.issues };
}
