import type { JsonPath } from './parse-json.js';

/** Fields of one value's record in the flat `records` array. */
const OFFSET = 0;
const KEY_OFFSET = 1;
const END = 2;
const STRIDE = 3;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Decodes the property name whose opening quote is at `offset`. The parser has already validated the
 * token, so scanning to the closing quote is safe, and so is `JSON.parse` for the rare escaped name.
 */
function readKeyAt(text: string, offset: number): string {
  let end = offset + 1;
  let escaped = false;
  for (;;) {
    const c = text.charCodeAt(end);
    if (c === QUOTE) break;
    if (c === BACKSLASH) {
      escaped = true;
      end += 2;
    } else {
      end++;
    }
  }
  return escaped ? (JSON.parse(text.slice(offset, end + 1)) as string) : text.slice(offset + 1, end);
}

/**
 * Where each value of a parsed JSON document starts in the source text, looked up by path.
 *
 * The parser only appends three numbers per value (cheap enough to stay near `JSON.parse` speed); the
 * per-container indexes that make lookups fast are built lazily, on the first lookup through that
 * container, because positions are only needed when something has to be reported.
 *
 * Array indexes and property names live in separate indexes, so index `0` never matches key `"0"`.
 */
export class JsonPositions {
  /**
   * Per value, in document order: [offset, keyOffset (-1 unless an object member), end], where end is
   * the index of the first value after this value's subtree; a value's children follow it directly.
   */
  readonly #records: Int32Array;
  /** The source text, to read property names from when an object is first indexed. */
  readonly #text: string;
  readonly #children = new Map<number, number[] | Map<string, number>>();

  /** @internal Built by `parseJson`; `records` is not copied and must not change afterwards. */
  constructor(text: string, records: Int32Array) {
    this.#text = text;
    this.#records = records;
  }

  /**
   * The offset of the first character of the value at `path`.
   *
   * When the path does not exist (e.g. a missing required field), it gives the offset of the nearest
   * existing ancestor's value instead, so an issue can still be pointed at; `undefined` only when there
   * is no document at all.
   */
  offsetOf(path: JsonPath): number | undefined {
    const found = this.#resolve(path);
    return found === undefined ? undefined : this.#records[found.index * STRIDE + OFFSET];
  }

  /**
   * The offset of the opening quote of the property name at `path`, for issues about the name itself
   * (e.g. an unknown key); falls back to `offsetOf(path)` when `path` is not an existing object member.
   */
  keyOffsetOf(path: JsonPath): number | undefined {
    const found = this.#resolve(path);
    if (found === undefined) return undefined;
    const records = this.#records;
    const keyOffset = records[found.index * STRIDE + KEY_OFFSET] as number;
    return found.exact && keyOffset >= 0 ? keyOffset : records[found.index * STRIDE + OFFSET];
  }

  /** The deepest existing value along `path`, and whether it is the value at `path` itself. */
  #resolve(path: JsonPath): { index: number; exact: boolean } | undefined {
    if (this.#records.length === 0) return undefined;
    let index = 0;
    for (const segment of path) {
      const children = this.#childrenOf(index);
      const child =
        typeof segment === 'number'
          ? Array.isArray(children)
            ? children[segment]
            : undefined
          : children instanceof Map
            ? children.get(segment)
            : undefined;
      if (child === undefined) return { index, exact: false };
      index = child;
    }
    return { index, exact: true };
  }

  /** The index of a container's children: an array for arrays, a Map for objects; built once. */
  #childrenOf(index: number): number[] | Map<string, number> | undefined {
    const cached = this.#children.get(index);
    if (cached) return cached;
    const records = this.#records;
    const end = records[index * STRIDE + END] as number;
    const first = index + 1;
    // A leaf (or an empty container) has no children; either way there is nothing to index.
    if (first >= end) return undefined;
    let built: number[] | Map<string, number>;
    if ((records[first * STRIDE + KEY_OFFSET] as number) >= 0) {
      const byKey = new Map<string, number>();
      for (let child = first; child < end; child = records[child * STRIDE + END] as number) {
        byKey.set(readKeyAt(this.#text, records[child * STRIDE + KEY_OFFSET] as number), child);
      }
      built = byKey;
    } else {
      const byIndex: number[] = [];
      for (let child = first; child < end; child = records[child * STRIDE + END] as number) {
        byIndex.push(child);
      }
      built = byIndex;
    }
    this.#children.set(index, built);
    return built;
  }
}
