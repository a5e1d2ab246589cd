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
import type { ParleyIssue, ParleyWarning } from '../../errors/issue.js';
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

/** The yaml package's error codes, in Parley's words. */
function issueFromYamlError(error: YAMLError, doc: Document, position: Position): ParleyIssue {
  const at = position(error.pos[0]);
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const { path, key } = _yamlPathAt(doc, error.pos[0]);
      const name = key === undefined ? 'This key' : `The key ${JSON.stringify(key)}`;
      return {
        code: 'duplicate_key',
        message: `${name} appears twice in the same mapping: each key may appear only once.`,
        path: key === undefined ? path : [...path, key],
        hint: 'Remove one of the two, or merge what they say.',
        ...at,
      };
    }
    case 'RESOURCE_EXHAUSTION':
      return { code: 'too_deep', message: 'The YAML is nested too deeply to read.', path: [], ...at };
    case 'MULTIPLE_DOCS':
      return {
        code: 'syntax',
        message: 'The text holds more than one YAML document (a line of ---): a timeline is one document.',
        path: [],
        ...at,
      };
    case 'TAG_RESOLVE_FAILED':
      return {
        code: 'syntax',
        message: `${error.message}: a timeline uses plain YAML values only (text, numbers, true/false, null, lists and mappings).`,
        path: [],
        ...at,
      };
    default:
      return { code: 'syntax', message: sentence(error.message), path: [], ...at };
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
function checkNodes(doc: Document, maxDepth: number, position: Position): ParleyIssue | undefined {
  const at = (node: Node) => position(node.range?.[0] ?? 0);
  const stack: [unknown, number][] = [[doc.contents, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (isAlias(node)) {
      if (node.resolve(doc) === undefined)
        return {
          code: 'syntax',
          message: `The alias *${node.source} has no anchor &${node.source} before it.`,
          path: [],
          ...at(node),
        };
    } else if (isCollection(node)) {
      if (depth >= maxDepth)
        return {
          code: 'too_deep',
          message: `Lists and mappings are nested more than ${maxDepth} deep (the maxDepth option).`,
          path: [],
          ...at(node),
        };
      if (node.tag === 'tag:yaml.org,2002:set' || node.tag === 'tag:yaml.org,2002:omap')
        return {
          code: 'syntax',
          message: `The tag ${node.tag.replace('tag:yaml.org,2002:', '!!')} is not plain data: use a list or a mapping.`,
          path: [],
          ...at(node),
        };
      for (const item of node.items) {
        if (isPair(item)) {
          if (isCollection(item.key) || isAlias(item.key))
            return {
              code: 'invalid_key',
              message: 'A mapping key must be plain text, not a list, a mapping or an alias.',
              path: [],
              ...at(item.key as Node),
            };
          stack.push([item.value, depth + 1]);
        } else stack.push([item, depth + 1]);
      }
    } else if (node && typeof node === 'object' && 'tag' in node && node.tag === 'tag:yaml.org,2002:binary') {
      return {
        code: 'syntax',
        message: 'Binary data (!!binary) cannot be part of a timeline.',
        path: [],
        ...at(node as Node),
      };
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
 * @param options - Limits for untrusted input; see `ParseOptions` (`maxLength` and `maxDepth`
 *   apply as they do to JSON).
 * @returns `{ success: true, data, warnings }` or `{ success: false, error, warnings }`.
 * @example safeParseTimelineYaml('id: t\ntitle: Talks\nevents: []\n').success //=> true
 */
export function safeParseTimelineYaml(text: string, options?: ParseOptions): SafeParseTimelineResult {
  const limits = _resolveOptions(options);
  if (typeof text !== 'string')
    return refused({ code: 'invalid_type', message: 'Expected YAML text (a string).', path: [] });
  if (text.length > limits.maxLength)
    return refused({
      code: 'too_big',
      message: `The text is ${text.length} characters long; the limit is ${limits.maxLength} (the maxLength option).`,
      path: [],
    });

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
    return _toResult({ issues, warnings: [] }, limits.maxIssues);
  }
  const nodeIssue = checkNodes(doc, limits.maxDepth, position);
  if (nodeIssue) return refused(nodeIssue);

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: YAML_MAX_ALIAS_COUNT });
  } catch (error) {
    // Only an expansion past maxAliasCount throws here: unresolved aliases were caught above.
    const firstAlias = findFirstAlias(doc);
    return refused({
      code: 'too_big',
      message: `The aliases expand to more than ${YAML_MAX_ALIAS_COUNT} nodes (${error instanceof Error ? error.message : 'refused'}).`,
      path: [],
      hint: 'Write the repeated part out, or use ids to refer to it.',
      ...position(firstAlias?.range?.[0] ?? 0),
    });
  }

  const collected = _validateTimeline(value, limits.maxValues);
  const locate = <T extends ParleyIssue | ParleyWarning>(
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
function refused(issue: ParleyIssue): SafeParseTimelineResult {
  return _toResult({ issues: [issue], warnings: [] }, 1);
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
