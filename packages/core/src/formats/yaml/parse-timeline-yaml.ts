import {
  LineCounter,
  isAlias,
  isCollection,
  isPair,
  parseDocument,
  type Document,
  type Node,
  type YAMLError,
} from 'yaml';
import type { _IssueData } from '../../errors/issue.js';
import { _toResult, type SafeParseTimelineResult } from '../../parse/parse-timeline.js';
import { _resolveOptions, type ParseOptions } from '../../parse/options.js';
import { _validateTimeline } from '../../validation/validate-timeline.js';
import type { Timeline } from '../../schemas/timeline.js';
import { _yamlPathAt, _yamlPlaceOf } from './yaml-positions.js';

/**
 * Most nodes that aliases may expand to in one document. A timeline needs few or none; an
 * "alias bomb" (anchors of aliases of anchors) would expand to billions and is refused here.
 */
export const YAML_MAX_ALIAS_COUNT = 100;

/** A 1-based position, as editors show it: a byte order mark before the text is not a column. */
type Position = (offset: number) => { line: number; column: number };

function positions(text: string, lines: LineCounter): Position {
  const bom = text.charCodeAt(0) === 0xfeff;
  return (offset) => {
    const { line, col } = lines.linePos(offset);
    return { line, column: bom && line === 1 ? Math.max(col - 1, 1) : col };
  };
}

/** The yaml package's error codes, as Parley's issues (the locales word them by `reason`). */
function issueFromYamlError(error: YAMLError, doc: Document, position: Position): _IssueData {
  const at = position(error.pos[0]);
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const { path, key } = _yamlPathAt(doc, error.pos[0]);
      return {
        code: 'duplicate_key',
        reason: 'yaml_key',
        path: key === undefined ? path : [...path, key],
        ...(key === undefined ? {} : { received: key }),
        ...at,
      };
    }
    case 'RESOURCE_EXHAUSTION':
      return { code: 'too_deep', reason: 'yaml_exhausted', path: [], ...at };
    case 'MULTIPLE_DOCS':
      return { code: 'syntax', reason: 'yaml_documents', path: [], ...at };
    case 'TAG_RESOLVE_FAILED':
      return { code: 'syntax', reason: 'yaml_tag', params: { detail: error.message }, path: [], ...at };
    default:
      // The yaml package's own English words: no locale can know them all.
      return { code: 'syntax', reason: 'yaml', params: { detail: sentence(error.message) }, path: [], ...at };
  }
}

/** The yaml package's messages lack a full stop; Parley's messages are sentences. */
function sentence(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return /[.!?]$/.test(first) ? first : `${first}.`;
}

/**
 * Checks what `toJS` would do badly with: nesting deeper than the limit, aliases whose anchor is
 * missing, and values the yaml package builds that are not plain data (a `!!binary` Buffer, a
 * `!!set`). Iterative, so a deep document cannot overflow the stack here.
 */
function checkNodes(doc: Document, maxDepth: number, position: Position): _IssueData | undefined {
  const at = (node: Node) => position(node.range?.[0] ?? 0);
  const stack: [unknown, number][] = [[doc.contents, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (isAlias(node)) {
      if (node.resolve(doc) === undefined)
        return { code: 'syntax', reason: 'yaml_alias', received: node.source, path: [], ...at(node) };
    } else if (isCollection(node)) {
      if (depth >= maxDepth)
        return { code: 'too_deep', reason: 'yaml_depth', limit: maxDepth, path: [], ...at(node) };
      if (node.tag === 'tag:yaml.org,2002:set' || node.tag === 'tag:yaml.org,2002:omap')
        return {
          code: 'syntax',
          reason: 'yaml_collection_tag',
          received: node.tag.replace('tag:yaml.org,2002:', '!!'),
          path: [],
          ...at(node),
        };
      for (const item of node.items) {
        if (isPair(item)) {
          if (isCollection(item.key) || isAlias(item.key))
            return { code: 'invalid_key', reason: 'yaml_key_type', path: [], ...at(item.key as Node) };
          stack.push([item.value, depth + 1]);
        } else stack.push([item, depth + 1]);
      }
    } else if (node && typeof node === 'object' && 'tag' in node && node.tag === 'tag:yaml.org,2002:binary') {
      return { code: 'syntax', reason: 'yaml_binary', path: [], ...at(node as Node) };
    }
  }
  return undefined;
}

/**
 * Validates a timeline from YAML text and never throws. Every issue and warning carries the
 * `line` and `column` (1-based) of the YAML node it is about, and issues come in source order.
 *
 * The text is read as YAML 1.2 (core schema): `2025-06-02` and `yes` stay text, a key may
 * appear once per mapping, and anchors and aliases may expand to at most
 * `YAML_MAX_ALIAS_COUNT` nodes, which refuses "billion laughs" documents.
 *
 * Hint: use `safeParseTimelineJson` from `@parley/core` for JSON text; `parseTimelineYaml` to throw.
 *
 * @param text - YAML text, e.g. a file's contents.
 * @param options - Limits for untrusted input and the `locale` of the messages; see
 *   `ParseOptions` (`maxLength` and `maxDepth` apply as they do to JSON).
 * @returns `{ success: true, data, warnings }` or `{ success: false, error, warnings }`.
 * @example safeParseTimelineYaml('id: t\ntitle: Talks\nevents: []\n').success //=> true
 */
export function safeParseTimelineYaml(text: string, options?: ParseOptions): SafeParseTimelineResult {
  const limits = _resolveOptions(options);
  if (typeof text !== 'string')
    return refused({ code: 'invalid_type', path: [], expected: 'yaml_text', received: text }, options);
  if (text.length > limits.maxLength)
    return refused(
      { code: 'too_big', path: [], origin: 'text', limit: limits.maxLength, received: text.length },
      options,
    );

  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const position = positions(text, lines);
  const problems = [...doc.errors, ...doc.warnings].sort((a, b) => a.pos[0] - b.pos[0]);
  if (problems.length > 0) {
    // Every duplicate key is its own mistake; after the first syntax error, the rest are
    // usually echoes of it (one open bracket makes every later line wrong), so one is shown.
    const duplicates = problems.filter((error) => error.code === 'DUPLICATE_KEY');
    const other = problems.find((error) => error.code !== 'DUPLICATE_KEY');
    const issues = [...duplicates, ...(other ? [other] : [])]
      .sort((a, b) => a.pos[0] - b.pos[0])
      .map((error) => issueFromYamlError(error, doc, position));
    return _toResult({ issues, warnings: [] }, limits.maxIssues, options?.locale);
  }
  const nodeIssue = checkNodes(doc, limits.maxDepth, position);
  if (nodeIssue) return refused(nodeIssue, options);

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: YAML_MAX_ALIAS_COUNT });
  } catch (error) {
    // Only an expansion past maxAliasCount throws here: unresolved aliases were caught above.
    const firstAlias = findFirstAlias(doc);
    return refused(
      {
        code: 'too_big',
        reason: 'yaml_aliases',
        limit: YAML_MAX_ALIAS_COUNT,
        params: { detail: error instanceof Error ? error.message : 'refused' },
        path: [],
        ...position(firstAlias?.range?.[0] ?? 0),
      },
      options,
    );
  }

  const collected = _validateTimeline(value, limits.maxValues);
  const locate = <T extends _IssueData<string>>(
    issue: T,
  ): T & { line: number; column: number; offset: number } => {
    const place = _yamlPlaceOf(doc, issue.path);
    const atKey = issue.code === 'unrecognized_key' || issue.code === 'invalid_key';
    const offset = atKey && place.exact && place.keyOffset !== undefined ? place.keyOffset : place.offset;
    return { ...issue, ...position(offset), offset };
  };
  return _toResult(
    {
      ...(collected.data ? { data: collected.data } : {}),
      issues: bySourceOrder(collected.issues.map(locate)),
      warnings: bySourceOrder(collected.warnings.map(locate)),
    },
    limits.maxIssues,
    options?.locale,
  );
}

function bySourceOrder<T extends { offset: number }>(items: T[]): Omit<T, 'offset'>[] {
  // Array.prototype.sort is stable: issues at the same place keep the validator's order.
  return items.sort((a, b) => a.offset - b.offset).map(({ offset: _, ...rest }) => rest);
}

function findFirstAlias(doc: Document): Node | undefined {
  const stack: unknown[] = [doc.contents];
  let first: Node | undefined;
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) {
      if (!first || (node.range?.[0] ?? 0) < (first.range?.[0] ?? 0)) first = node;
    } else if (isCollection(node)) {
      for (const item of node.items) stack.push(isPair(item) ? item.value : item);
    }
  }
  return first;
}

/** A result refused for one reason found before validation. */
function refused(issue: _IssueData, options: ParseOptions | undefined): SafeParseTimelineResult {
  return _toResult({ issues: [issue], warnings: [] }, 1, options?.locale);
}

/**
 * Validates a timeline from YAML text and returns it typed.
 *
 * Hint: use `safeParseTimelineYaml` to get the issues without a throw.
 *
 * @throws {ParleyValidationError} With `issues`, each with its line and column.
 */
export function parseTimelineYaml(text: string, options?: ParseOptions): Timeline {
  const result = safeParseTimelineYaml(text, options);
  if (!result.success) throw result.error;
  return result.data;
}
