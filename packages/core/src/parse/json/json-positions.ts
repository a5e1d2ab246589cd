import type { JsonPath } from './parse-json.js';

/** Fields of one value's record in `RecordedPositions.records`. */
export const VALUE_START = 0;
/** The offset just after the value's last character. */
export const VALUE_END = 1;
/** The offset of its property name's opening quote, or -1 outside objects. */
export const KEY_START = 2;
/** The offset just after its property name's closing quote, or -1 outside objects. */
export const KEY_END = 3;
/** The index of the first record after the value's subtree: a value's children follow it directly. */
export const NEXT = 4;
export const STRIDE = 5;

/** What the strict reader notes when asked to record: per value, in document order, `STRIDE` numbers and its name. */
export interface RecordedPositions {
  readonly records: Int32Array;
  /** Per value, its property name when it is an object member. */
  readonly keys: (string | undefined)[];
}

/** A `[start, end)` span of UTF-16 offsets into the source text. */
export type SourceRange = readonly [start: number, end: number];

/**
 * Where each value of a parsed JSON document is in the source text, looked up by path.
 *
 * Positions are only needed when something has to be reported, so nothing is noted while parsing: the
 * first lookup reads the text again with the strict reader, recording as it goes, and the index of a
 * container's children is built on the first lookup through that container.
 *
 * Array indexes and property names live in separate indexes, so index `0` never matches key `"0"`.
 */
export class JsonPositions {
  readonly #record: () => RecordedPositions;
  #recorded: RecordedPositions | undefined;
  readonly #children = new Map<number, number[] | Map<string, number>>();

  /** @internal Built by `parseJson` for a text it accepted; `record` reads it again, recording. */
  constructor(record: () => RecordedPositions) {
    this.#record = record;
  }

  get #positions(): RecordedPositions {
    return (this.#recorded ??= this.#record());
  }

  /**
   * The offset of the first character of the value at `path`.
   *
   * When the path does not exist (e.g. a missing required field), it gives the offset of the nearest
   * existing ancestor's value instead, so an issue can still be pointed at; `undefined` only when there
   * is no document at all.
   */
  offsetOf(path: JsonPath): number | undefined {
    return this.rangeOf(path)?.[0];
  }

  /**
   * The offset of the opening quote of the property name at `path`, for issues about the name itself
   * (e.g. an unknown key); falls back to `offsetOf(path)` when `path` is not an existing object member.
   */
  keyOffsetOf(path: JsonPath): number | undefined {
    return this.rangeOf(path, true)?.[0];
  }

  /**
   * The span of the value at `path` (or of its property name, with `atKey`, when it has one). For a
   * path that does not exist, the first character of the nearest existing ancestor: where the
   * missing member would go.
   */
  rangeOf(path: JsonPath, atKey = false): SourceRange | undefined {
    const { records } = this.#positions;
    if (records.length === 0) return undefined;
    const { index, exact } = this.#resolve(path);
    const at = index * STRIDE;
    const start = records[at + VALUE_START] as number;
    if (!exact) return [start, start + 1];
    const keyStart = records[at + KEY_START] as number;
    return atKey && keyStart >= 0
      ? [keyStart, records[at + KEY_END] as number]
      : [start, records[at + VALUE_END] as number];
  }

  /** The deepest existing value along `path`, and whether it is the value at `path` itself. */
  #resolve(path: JsonPath): { index: number; exact: boolean } {
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
    const { records, keys } = this.#positions;
    const end = records[index * STRIDE + NEXT] as number;
    const first = index + 1;
    // A leaf (or an empty container) has no children; either way there is nothing to index.
    if (first >= end) return undefined;
    let built: number[] | Map<string, number>;
    if (keys[first] !== undefined) {
      const byKey = new Map<string, number>();
      for (let child = first; child < end; child = records[child * STRIDE + NEXT] as number)
        byKey.set(keys[child] as string, child);
      built = byKey;
    } else {
      const byIndex: number[] = [];
      for (let child = first; child < end; child = records[child * STRIDE + NEXT] as number)
        byIndex.push(child);
      built = byIndex;
    }
    this.#children.set(index, built);
    return built;
  }
}
