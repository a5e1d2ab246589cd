import type { JsonPath } from './parse-json.js';
import { END, KEY_OFFSET, OFFSET, STRIDE, scanPositions } from './scan-positions.js';

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
 * Positions are only needed when something has to be reported, so nothing is found while parsing: the
 * first lookup scans the text once for where every value starts (see `scanPositions`), and the index of
 * a container's children is built on the first lookup through that container.
 *
 * Array indexes and property names live in separate indexes, so index `0` never matches key `"0"`.
 */
export class JsonPositions {
  /** The source text, to scan and to read property names from. */
  readonly #text: string;
  /** Per value, in document order, its offsets and extent; see `scanPositions`. Found on first use. */
  #records: Int32Array | undefined;
  readonly #children = new Map<number, number[] | Map<string, number>>();

  /** @internal Built by `parseJson`, only for a text that it accepted. */
  constructor(text: string) {
    this.#text = text;
  }

  get #values(): Int32Array {
    return (this.#records ??= scanPositions(this.#text));
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
    return found === undefined ? undefined : this.#values[found.index * STRIDE + OFFSET];
  }

  /**
   * The offset of the opening quote of the property name at `path`, for issues about the name itself
   * (e.g. an unknown key); falls back to `offsetOf(path)` when `path` is not an existing object member.
   */
  keyOffsetOf(path: JsonPath): number | undefined {
    const found = this.#resolve(path);
    if (found === undefined) return undefined;
    const records = this.#values;
    const keyOffset = records[found.index * STRIDE + KEY_OFFSET] as number;
    return found.exact && keyOffset >= 0 ? keyOffset : records[found.index * STRIDE + OFFSET];
  }

  /** The deepest existing value along `path`, and whether it is the value at `path` itself. */
  #resolve(path: JsonPath): { index: number; exact: boolean } | undefined {
    if (this.#values.length === 0) return undefined;
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
    const records = this.#values;
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
