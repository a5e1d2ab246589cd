const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const QUOTE = 0x22;
const COMMA = 0x2c;
const OPEN_BRACKET = 0x5b;
const BACKSLASH = 0x5c;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const BOM = 0xfeff;

/** Fields of one value's record in the array `scanPositions` returns. */
export const OFFSET = 0;
export const KEY_OFFSET = 1;
export const END = 2;
export const STRIDE = 3;

function skipWhitespace(text: string, pos: number): number {
  for (;;) {
    const c = text.charCodeAt(pos);
    if (c === SPACE || c === LF || c === CR || c === TAB) pos++;
    else return pos;
  }
}

/** The position after the string whose opening quote is at `start`. */
function skipString(text: string, start: number): number {
  let quote = text.indexOf('"', start + 1);
  for (;;) {
    if (quote < 0) return text.length;
    // A quote is escaped when an odd number of backslashes comes right before it.
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    quote = text.indexOf('"', quote + 1);
  }
}

/** The start of the value after the property name whose opening quote is at `start`, and its colon. */
function skipName(text: string, start: number): number {
  return skipWhitespace(text, skipWhitespace(text, skipString(text, start)) + 1);
}

/** The position after the number or literal (`true`, `false`, `null`) at `pos`. */
function skipScalar(text: string, pos: number): number {
  const length = text.length;
  for (; pos < length; pos++) {
    const c = text.charCodeAt(pos);
    if (c === COMMA || c === CLOSE_BRACKET || c === CLOSE_BRACE || c <= SPACE) return pos;
  }
  return pos;
}

/**
 * Finds where every value of a JSON text starts. The text must be one that `parseJson` accepted: this
 * scan checks nothing, so it is cheap, and runs only once something has to be reported.
 *
 * @returns Per value, in document order, `STRIDE` numbers: its offset (`OFFSET`); the offset of its
 *   property name's opening quote, or -1 outside objects (`KEY_OFFSET`); and the index of the first value
 *   after its subtree (`END`): a value's children follow it directly.
 */
export function scanPositions(text: string): Int32Array {
  // A guess from typical pretty-printed documents; doubled when short.
  let records = new Int32Array(Math.max(64, text.length >>> 4) * STRIDE);
  let count = 0;
  /** The index of each open container, innermost last. */
  const open: number[] = [];
  let pos = skipWhitespace(text, text.charCodeAt(0) === BOM ? 1 : 0);
  let keyOffset = -1;

  for (;;) {
    // A value starts at `pos`; until it closes, a container's end is as for a leaf.
    const index = count++;
    if (count * STRIDE > records.length) {
      const grown = new Int32Array(records.length * 2);
      grown.set(records);
      records = grown;
    }
    records[index * STRIDE + OFFSET] = pos;
    records[index * STRIDE + KEY_OFFSET] = keyOffset;
    records[index * STRIDE + END] = count;
    const c = text.charCodeAt(pos);
    if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      pos = skipWhitespace(text, pos + 1);
      const next = text.charCodeAt(pos);
      if (next !== CLOSE_BRACKET && next !== CLOSE_BRACE) {
        open.push(index);
        keyOffset = c === OPEN_BRACE ? pos : -1;
        if (keyOffset >= 0) pos = skipName(text, pos);
        continue;
      }
      pos++;
    } else if (c === QUOTE) {
      pos = skipString(text, pos);
    } else {
      pos = skipScalar(text, pos);
    }

    // After a value: go on to the next member, or close as many containers as end here.
    for (;;) {
      pos = skipWhitespace(text, pos);
      const next = text.charCodeAt(pos);
      if (next === COMMA) {
        pos = skipWhitespace(text, pos + 1);
        const container = open[open.length - 1] as number;
        keyOffset = text.charCodeAt(records[container * STRIDE + OFFSET] as number) === OPEN_BRACE ? pos : -1;
        if (keyOffset >= 0) pos = skipName(text, pos);
        break;
      }
      if (next !== CLOSE_BRACKET && next !== CLOSE_BRACE) return records.subarray(0, count * STRIDE);
      pos++;
      records[(open.pop() as number) * STRIDE + END] = count;
    }
  }
}
