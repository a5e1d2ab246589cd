import type { ParleyIssueData } from '../../errors/issue.js';
import { _isForbiddenKey } from '../../internal/_forbidden-keys.js';
import {
  APOSTROPHE,
  BACKSLASH,
  bomLength,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  codePoint,
  COLON,
  COMMA,
  CR,
  DIGIT_0,
  DIGIT_9,
  DOT,
  LF,
  LOWER_B,
  LOWER_E,
  LOWER_F,
  LOWER_N,
  LOWER_R,
  LOWER_T,
  LOWER_U,
  MINUS,
  OPEN_BRACE,
  OPEN_BRACKET,
  PLUS,
  QUOTE,
  SLASH,
  SPACE,
  STAR,
  TAB,
  UPPER_E,
} from './characters.js';
import {
  JsonPositions,
  KEY_END,
  KEY_START,
  NEXT,
  STRIDE,
  VALUE_END,
  VALUE_START,
  type RecordedPositions,
} from './json-positions.js';
import { parseNatively } from './native-parse.js';

/** Where a value is in a JSON document, as property names and array indexes from the root. */
export type JsonPath = readonly (string | number)[];

/** Caps that keep a hostile document from exhausting the stack, memory or time. */
export interface JsonLimits {
  /** Deepest nesting of arrays and objects: `[]` is depth 1, `[[]]` depth 2; 0 allows only scalars. */
  maxDepth: number;
  /** Longest string after unescaping, in UTF-16 code units; property names count too. */
  maxStringLength: number;
  /** Most items in one array. */
  maxArrayLength: number;
  /** Most members in one object. */
  maxKeys: number;
}

/** Why a text is not an acceptable JSON document, as data (a locale words it), and where. */
export interface JsonSyntaxIssue extends ParleyIssueData<
  'syntax' | 'too_deep' | 'too_big' | 'duplicate_key' | 'forbidden_key'
> {
  /** UTF-16 index of the offending character, or `text.length` at an unexpected end of input. */
  offset: number;
}

/** What an issue of the reader says beside its code and place. */
type FailureData = Omit<ParleyIssueData<string>, 'code' | 'path'>;

/** The result of `parseJson`: the value with its source positions, or the first problem found. */
export type ParseJsonResult =
  { ok: true; value: unknown; positions: JsonPositions } | { ok: false; issue: JsonSyntaxIssue };

/** Integers with at most this many digits are exact as doubles, so they skip `Number(slice)`. */
const MAX_FAST_DIGITS = 15;

/** Size - 1 of the property name cache: a power of two, small enough to stay in the CPU cache. */
const KEY_CACHE_MASK = 255;

type Container = unknown[] | Record<string, unknown>;

/** Thrown inside the parser only, to unwind to `parseJson` from any depth of helper. */
class Failure {
  constructor(readonly issue: JsonSyntaxIssue) {}
}

function isDigit(c: number): boolean {
  return c >= DIGIT_0 && c <= DIGIT_9;
}

function skipWhitespace(text: string, pos: number): number {
  for (;;) {
    const c = text.charCodeAt(pos);
    if (c === SPACE || c === LF || c === CR || c === TAB) pos++;
    else return pos;
  }
}

function isHexDigit(c: number): boolean {
  const lower = c | 0x20;
  return (c >= DIGIT_0 && c <= DIGIT_9) || (lower >= 0x61 && lower <= 0x66);
}

/**
 * The token at `pos`, for "found …": a whole word (e.g. `undefined`) rather than its first letter,
 * and a surrogate pair (e.g. an emoji) whole. Locales name spaces and invisible characters.
 */
function foundAt(text: string, pos: number): string {
  if (/[\w$]/.test(text.charAt(pos))) {
    const word = /[\w$.+-]{1,24}/y;
    word.lastIndex = pos;
    return word.exec(text)?.[0] ?? text.charAt(pos);
  }
  return String.fromCodePoint(text.codePointAt(pos) as number);
}

/**
 * Parses one JSON document (RFC 8259, nothing more), with the positions of its values so that later
 * issues can be reported with a line and column. It never throws on any text and never recurses, so hostile input
 * can cost at most linear time and the memory that `limits` allow.
 *
 * Unlike `JSON.parse` it refuses duplicate property names (in newsroom data a repeated key usually hides
 * a mistake) and the names `__proto__`, `constructor` and `prototype`. A leading byte order mark is skipped.
 *
 * @param text - The whole source text.
 * @param limits - Caps on nesting, string length, array length and object size.
 * @returns `{ ok: true, value, positions }`, or `{ ok: false, issue }` for the first problem found.
 * @example parseJson('{"a": [1]}', limits).ok //=> true
 */
export function parseJson(text: string, limits: JsonLimits): ParseJsonResult {
  // Most documents are acceptable, and the native parser reads them much faster; the strict
  // reader runs only when it cannot vouch for the text, to find the first problem and where it is.
  const native = parseNatively(text, limits);
  if (native)
    return {
      ok: true,
      value: native.value,
      positions: new JsonPositions(() => recordPositions(text, limits)),
    };
  return _parseJsonStrictly(text, limits);
}

/**
 * @internal Parses like `parseJson`, but always with the JavaScript reader, which checks each character
 * itself and so can say what is wrong and where. Exported for the tests that compare the two.
 */
export function _parseJsonStrictly(text: string, limits: JsonLimits): ParseJsonResult {
  const parser = new Parser(text, limits, false);
  try {
    const value = parser.parse();
    return { ok: true, value, positions: new JsonPositions(() => recordPositions(text, limits)) };
  } catch (error) {
    if (error instanceof Failure) return { ok: false, issue: error.issue };
    throw error;
  }
}

/**
 * Reads an accepted text again, this time noting where each value and property name is.
 * Positions are needed only to report something, so the first parse never records them.
 */
function recordPositions(text: string, limits: JsonLimits): RecordedPositions {
  const parser = new Parser(text, limits, true);
  parser.parse();
  return { records: parser.records.subarray(0, parser.keys.length * STRIDE), keys: parser.keys };
}

class Parser {
  /** Open containers, innermost last: the explicit stack that replaces recursion. */
  readonly #frames: Container[] = [];
  /** Per open container, the current property name (objects only). */
  readonly #frameKeys: string[] = [];
  /** Per open container, how many members it has so far (objects only; arrays have `length`). */
  readonly #frameCounts: number[] = [];

  readonly #text: string;
  readonly #limits: JsonLimits;
  /** Recently read property names, by a hash of their text; see `#readKeyString`. */
  readonly #keyCache: string[] = new Array<string>(KEY_CACHE_MASK + 1).fill('');
  /** Where the string or number just read ends. */
  #end = 0;
  /** Where the last property name read starts and ends, for its member's record. */
  #keyStart = -1;
  #keyEnd = -1;
  /** Per value, `STRIDE` numbers (see json-positions.ts), when recording; doubled when full. */
  records = new Int32Array(0);
  /** Per value, its property name when it is an object member; its length counts the records. */
  readonly keys: (string | undefined)[] = [];
  readonly #recording: boolean;
  /** The record index of each open container, innermost last (recording only). */
  readonly #openRecords: number[] = [];

  constructor(text: string, limits: JsonLimits, recording: boolean) {
    this.#text = text;
    this.#limits = limits;
    this.#recording = recording;
    // A guess from typical pretty-printed documents (a value per 16 characters); doubled when short.
    if (recording) this.records = new Int32Array(Math.max(64, text.length >>> 4) * STRIDE);
  }

  /** Notes a value starting at `pos`; `member` says it is an object member, named by the last key. */
  #startRecord(pos: number, member: boolean, key: string | undefined): void {
    const keys = this.keys;
    const at = keys.length * STRIDE;
    let records = this.records;
    if (at + STRIDE > records.length) {
      records = new Int32Array(records.length * 2);
      records.set(this.records);
      this.records = records;
    }
    keys.push(key);
    // VALUE_END and NEXT are set when the value ends.
    records[at + VALUE_START] = pos;
    records[at + KEY_START] = member ? this.#keyStart : -1;
    records[at + KEY_END] = member ? this.#keyEnd : -1;
  }

  /** Notes where the value recorded at `index` ends: at `pos`, and its subtree's records with it. */
  #endRecord(index: number, pos: number): void {
    const records = this.records;
    records[index * STRIDE + VALUE_END] = pos;
    records[index * STRIDE + NEXT] = this.keys.length;
  }

  parse(): unknown {
    const text = this.#text;
    const frames = this.#frames;
    const frameKeys = this.#frameKeys;
    const frameCounts = this.#frameCounts;
    const { maxDepth, maxArrayLength } = this.#limits;

    const recording = this.#recording;
    const openRecords = this.#openRecords;
    let pos = skipWhitespace(text, bomLength(text));
    let depth = 0;
    let top: Container | undefined;
    let topIsArray = false;
    let value: unknown;

    for (;;) {
      // A value starts at `pos`.
      const c = text.charCodeAt(pos);
      if (recording) {
        const member = depth > 0 && !topIsArray;
        this.#startRecord(pos, member, member ? frameKeys[depth - 1] : undefined);
      }
      if (c === QUOTE) {
        value = this.#readString(pos, true);
        pos = this.#end;
      } else if (isDigit(c) || c === MINUS) {
        value = this.#readNumber(pos);
        pos = this.#end;
      } else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
        if (depth >= maxDepth) {
          throw this.#fail('too_deep', { limit: maxDepth }, pos, true);
        }
        const isArray = c === OPEN_BRACKET;
        const container: Container = isArray ? [] : {};
        if (recording) openRecords.push(this.keys.length - 1);
        frames.push(container);
        frameKeys.push('');
        frameCounts.push(0);
        depth++;
        top = container;
        topIsArray = isArray;
        pos = skipWhitespace(text, pos + 1);
        const next = text.charCodeAt(pos);
        if (isArray) {
          if (next !== CLOSE_BRACKET) {
            if (maxArrayLength < 1) throw this.#tooManyItems(pos);
            continue;
          }
        } else if (next !== CLOSE_BRACE) {
          if (next !== QUOTE) throw this.#unexpected(pos, 'name_or_close', false);
          pos = this.#readKey(pos);
          continue;
        }
        // An empty container: it closes at once.
        pos++;
        if (recording) openRecords.pop();
        frames.pop();
        frameKeys.pop();
        frameCounts.pop();
        depth--;
        top = frames[depth - 1];
        topIsArray = Array.isArray(top);
        value = container;
      } else if (c === LOWER_T && text.startsWith('true', pos)) {
        value = true;
        pos += 4;
      } else if (c === LOWER_F && text.startsWith('false', pos)) {
        value = false;
        pos += 5;
      } else if (c === LOWER_N && text.startsWith('null', pos)) {
        value = null;
        pos += 4;
      } else {
        throw this.#unexpectedValue(pos);
      }
      // A scalar or an empty container, the last value recorded, ends here.
      if (recording) this.#endRecord(this.keys.length - 1, pos);

      // After a value: attach it, then close as many containers as end here.
      for (;;) {
        if (depth === 0) {
          pos = skipWhitespace(text, pos);
          if (pos < text.length) {
            throw this.#fail('syntax', { reason: this.#commentAt(pos) ?? 'after_value' }, pos, false);
          }
          return value;
        }
        pos = skipWhitespace(text, pos);
        const next = text.charCodeAt(pos);
        if (topIsArray) {
          const array = top as unknown[];
          array.push(value);
          if (next === COMMA) {
            const comma = pos;
            pos = skipWhitespace(text, pos + 1);
            if (text.charCodeAt(pos) === CLOSE_BRACKET) {
              throw this.#fail('syntax', { reason: 'trailing_comma', params: { before: ']' } }, comma, false);
            }
            if (array.length >= maxArrayLength) throw this.#tooManyItems(pos);
            break;
          }
          if (next !== CLOSE_BRACKET) throw this.#unexpected(pos, 'comma_or_bracket', false);
        } else {
          (top as Record<string, unknown>)[frameKeys[depth - 1] as string] = value;
          if (next === COMMA) {
            const comma = pos;
            pos = skipWhitespace(text, pos + 1);
            const after = text.charCodeAt(pos);
            if (after === CLOSE_BRACE) {
              throw this.#fail('syntax', { reason: 'trailing_comma', params: { before: '}' } }, comma, false);
            }
            if (after !== QUOTE) throw this.#unexpected(pos, 'name', false);
            pos = this.#readKey(pos);
            break;
          }
          if (next !== CLOSE_BRACE) throw this.#unexpected(pos, 'comma_or_brace', false);
        }
        // Close the innermost container; it becomes the value to attach to its parent.
        pos++;
        if (recording) this.#endRecord(openRecords.pop() as number, pos);
        value = top;
        frames.pop();
        frameKeys.pop();
        frameCounts.pop();
        depth--;
        top = frames[depth - 1];
        topIsArray = Array.isArray(top);
      }
    }
  }

  /** Reads the property name at `start` (a quote), checks it, and consumes the colon; returns the value's start. */
  #readKey(start: number): number {
    const text = this.#text;
    const key = this.#readKeyString(start);
    this.#keyStart = start;
    this.#keyEnd = this.#end;
    const depth = this.#frames.length;
    const object = this.#frames[depth - 1] as Record<string, unknown>;
    if (_isForbiddenKey(key)) {
      throw this.#fail('forbidden_key', { received: key }, start, false, key);
    }
    if (Object.hasOwn(object, key)) {
      throw this.#fail('duplicate_key', { received: key }, start, false, key);
    }
    const members = this.#frameCounts[depth - 1] as number;
    if (members >= this.#limits.maxKeys) {
      throw this.#fail('too_big', { origin: 'json_object', limit: this.#limits.maxKeys }, start, false);
    }
    this.#frameCounts[depth - 1] = members + 1;
    // Safe to assign later with `object[key] = …`: the only names that could reach a prototype were refused.
    this.#frameKeys[depth - 1] = key;
    const pos = skipWhitespace(text, this.#end);
    if (text.charCodeAt(pos) !== COLON) throw this.#unexpected(pos, 'colon', true);
    return skipWhitespace(text, pos + 1);
  }

  /**
   * Reads a property name like `#readString`, but returns the same string object for a name seen recently
   * (found with a cheap text comparison): V8 then finds it already internalized, which makes the property
   * store and the duplicate check much cheaper; on a timeline of 10,000 events the whole parse is ~1.6x faster.
   */
  #readKeyString(start: number): string {
    const text = this.#text;
    const length = text.length;
    let pos = start + 1;
    for (;;) {
      if (pos >= length) return this.#readString(start, false);
      const c = text.charCodeAt(pos);
      if (c === QUOTE) break;
      if (c === BACKSLASH || c < SPACE) return this.#readString(start, false);
      pos++;
    }
    const size = pos - start - 1;
    this.#checkStringLength(size, start, false);
    this.#end = pos + 1;
    const cache = this.#keyCache;
    const slot = (size * 31 + text.charCodeAt(start + 1) * 7 + text.charCodeAt(pos - 1)) & KEY_CACHE_MASK;
    const cached = cache[slot] as string;
    if (cached.length === size && text.startsWith(cached, start + 1)) return cached;
    const key = text.slice(start + 1, pos);
    cache[slot] = key;
    return key;
  }

  /**
   * Reads the string whose opening quote is at `start`; sets `#end` past the closing quote.
   * `isValue` says whether it is a value (its path includes the current member) or a property name.
   */
  #readString(start: number, isValue: boolean): string {
    const text = this.#text;
    const length = text.length;
    let pos = start + 1;
    let escaped = false;
    for (;;) {
      if (pos >= length) throw this.#unterminatedString(isValue);
      const c = text.charCodeAt(pos);
      if (c === QUOTE) break;
      if (c === BACKSLASH) {
        escaped = true;
        pos = this.#checkEscape(pos, isValue);
      } else if (c < SPACE) {
        throw this.#controlCharacter(pos, c, isValue);
      } else {
        pos++;
      }
    }
    this.#end = pos + 1;
    if (!escaped) {
      this.#checkStringLength(pos - start - 1, start, isValue);
      return text.slice(start + 1, pos);
    }
    // The token is valid JSON now, so the built-in decoder is safe here, and it returns a flat string
    // where concatenating pieces in JavaScript would leave a rope of many small strings.
    const decoded = JSON.parse(text.slice(start, pos + 1)) as string;
    this.#checkStringLength(decoded.length, start, isValue);
    return decoded;
  }

  /** Checks the escape sequence whose backslash is at `pos`; returns the position after it. */
  #checkEscape(pos: number, isValue: boolean): number {
    const text = this.#text;
    const c = text.charCodeAt(pos + 1);
    if (
      c === QUOTE ||
      c === BACKSLASH ||
      c === SLASH ||
      c === LOWER_B ||
      c === LOWER_F ||
      c === LOWER_N ||
      c === LOWER_R ||
      c === LOWER_T
    ) {
      return pos + 2;
    }
    if (c === LOWER_U) {
      for (let i = pos + 2; i < pos + 6; i++) {
        if (!isHexDigit(text.charCodeAt(i))) {
          throw this.#fail(
            'syntax',
            { reason: 'unicode_escape', received: text.slice(pos, pos + 6) },
            pos,
            isValue,
          );
        }
      }
      return pos + 6;
    }
    if (pos + 1 >= text.length) throw this.#unterminatedString(isValue);
    throw this.#fail(
      'syntax',
      { reason: 'invalid_escape', received: String.fromCodePoint(text.codePointAt(pos + 1) as number) },
      pos,
      isValue,
    );
  }

  /** Reads the number at `start` after checking it against the JSON grammar; sets `#end` after it. */
  #readNumber(start: number): number {
    const text = this.#text;
    let pos = start;
    let c = text.charCodeAt(pos);
    const negative = c === MINUS;
    if (negative) c = text.charCodeAt(++pos);
    let integer = 0;
    const digitsStart = pos;
    if (c === DIGIT_0) {
      c = text.charCodeAt(++pos);
      if (isDigit(c)) throw this.#fail('syntax', { reason: 'leading_zero' }, pos - 1, true);
    } else if (isDigit(c)) {
      do {
        integer = integer * 10 + (c - DIGIT_0);
        c = text.charCodeAt(++pos);
      } while (isDigit(c));
    } else if (text.startsWith('Infinity', pos)) {
      throw this.#fail('syntax', { reason: 'not_a_number', received: 'Infinity' }, start, true);
    } else {
      throw this.#unexpected(pos, 'digit_after_minus', true);
    }
    let simple = pos - digitsStart <= MAX_FAST_DIGITS;
    if (c === DOT) {
      simple = false;
      c = text.charCodeAt(++pos);
      if (!isDigit(c)) throw this.#unexpected(pos, 'digit_after_dot', true);
      do c = text.charCodeAt(++pos);
      while (isDigit(c));
    }
    if (c === LOWER_E || c === UPPER_E) {
      simple = false;
      c = text.charCodeAt(++pos);
      if (c === PLUS || c === MINUS) c = text.charCodeAt(++pos);
      if (!isDigit(c)) throw this.#unexpected(pos, 'exponent_digit', true);
      do c = text.charCodeAt(++pos);
      while (isDigit(c));
    }
    this.#end = pos;
    if (simple) return negative ? -integer : integer;
    return Number(text.slice(start, pos));
  }

  #checkStringLength(length: number, start: number, isValue: boolean): void {
    const limit = this.#limits.maxStringLength;
    if (length > limit) {
      const origin = isValue ? 'json_string' : 'json_key';
      throw this.#fail('too_big', { origin, limit, received: length }, start, isValue);
    }
  }

  #tooManyItems(pos: number): Failure {
    return this.#fail('too_big', { origin: 'json_array', limit: this.#limits.maxArrayLength }, pos, false);
  }

  #unterminatedString(isValue: boolean): Failure {
    return this.#unexpected(this.#text.length, 'quote', isValue);
  }

  #controlCharacter(pos: number, c: number, isValue: boolean): Failure {
    if (c === LF || c === CR) return this.#fail('syntax', { reason: 'line_break' }, pos, isValue);
    const escape = c === TAB ? '\\t' : `\\u${codePoint(c).slice(2)}`;
    const received = String.fromCharCode(c);
    return this.#fail('syntax', { reason: 'control_character', received, params: { escape } }, pos, isValue);
  }

  /** `comment` when a comment starts at `pos`. */
  #commentAt(pos: number): string | undefined {
    const text = this.#text;
    if (text.charCodeAt(pos) !== SLASH) return undefined;
    const next = text.charCodeAt(pos + 1);
    return next === SLASH || next === STAR ? 'comment' : undefined;
  }

  /** "Expected <expected>, found <what is at pos>", or the end-of-input or comment variant. */
  #unexpected(pos: number, expected: string, inMember: boolean): Failure {
    const text = this.#text;
    if (pos >= text.length) return this.#fail('syntax', { reason: 'unexpected', expected }, pos, inMember);
    const comment = this.#commentAt(pos);
    return this.#fail(
      'syntax',
      comment ? { reason: comment } : { reason: 'unexpected', expected, received: foundAt(text, pos) },
      pos,
      inMember,
    );
  }

  #unexpectedValue(pos: number): Failure {
    const text = this.#text;
    const c = text.charCodeAt(pos);
    if (text.startsWith('NaN', pos) || text.startsWith('Infinity', pos)) {
      const received = c === 0x4e ? 'NaN' : 'Infinity';
      return this.#fail('syntax', { reason: 'not_a_number', received }, pos, true);
    }
    if (c === APOSTROPHE) return this.#fail('syntax', { reason: 'single_quote' }, pos, true);
    return this.#unexpected(pos, 'value', true);
  }

  /**
   * Builds the issue. The path is every open container's current member; `inMember` says whether the
   * innermost container's current member is part of it (the problem is inside that member) or not (it is
   * between members), and `key` adds a property name that was just read.
   */
  #fail(
    code: JsonSyntaxIssue['code'],
    data: FailureData,
    offset: number,
    inMember: boolean,
    key?: string,
  ): Failure {
    const frames = this.#frames;
    const path: (string | number)[] = [];
    const last = frames.length - 1;
    for (let depth = 0; depth <= last; depth++) {
      if (depth === last && !inMember) break;
      const frame = frames[depth] as Container;
      path.push(Array.isArray(frame) ? frame.length : (this.#frameKeys[depth] as string));
    }
    if (key !== undefined) path.push(key);
    return new Failure({ code, path, ...data, offset });
  }
}
