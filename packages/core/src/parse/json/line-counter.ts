import { bomLength, CR, LF } from './characters.js';

/** A 1-based position in source text, as editors show it. */
export interface LinePos {
  line: number;
  /** 1-based, counted in UTF-16 code units, so a character outside the BMP (e.g. an emoji) counts as 2. */
  column: number;
}

/**
 * Turns offsets into line and column, for error messages about source text.
 *
 * Line starts are found once, in the constructor; each lookup is then a binary search, so reporting many
 * issues on a large document stays cheap. `\n`, `\r\n` and a lone `\r` each end a line. A leading byte
 * order mark (U+FEFF) is not counted as a column, since editors do not show it.
 *
 * @example new LineCounter('{\n  "a": 1\n}').linePos(4) //=> { line: 2, column: 3 }
 */
export class LineCounter {
  readonly #lineStarts: number[];

  constructor(text: string) {
    const first = bomLength(text);
    const lineStarts = [first];
    const length = text.length;
    for (let i = first; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c === LF) {
        lineStarts.push(i + 1);
      } else if (c === CR) {
        if (text.charCodeAt(i + 1) === LF) i++;
        lineStarts.push(i + 1);
      }
    }
    this.#lineStarts = lineStarts;
  }

  /**
   * The 1-based line and column of an offset (a UTF-16 index into the text).
   *
   * The offset may equal the text length, which is where "unexpected end of input" errors point.
   * Column = code units since the line start + 1; an offset on a line break belongs to the line it ends.
   */
  linePos(offset: number): LinePos {
    const starts = this.#lineStarts;
    // Find the last line start <= offset.
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if ((starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    const start = starts[low] as number;
    return { line: low + 1, column: Math.max(offset - start, 0) + 1 };
  }
}
