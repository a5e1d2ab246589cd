import { describe, expect, test } from 'vitest';
import { LineCounter } from './line-counter.js';

describe('LineCounter', () => {
  describe('should return line and column', () => {
    test('for an empty text', () => {
      expect(new LineCounter('').linePos(0)).toEqual({ line: 1, column: 1 });
    });

    test('for offsets on a single line, 1-based', () => {
      const lines = new LineCounter('{"a": 1}');
      expect(lines.linePos(0)).toEqual({ line: 1, column: 1 });
      expect(lines.linePos(6)).toEqual({ line: 1, column: 7 });
    });

    test('for the end of the text, where end-of-input errors point', () => {
      expect(new LineCounter('ab\ncd').linePos(5)).toEqual({ line: 2, column: 3 });
      expect(new LineCounter('ab\n').linePos(3)).toEqual({ line: 2, column: 1 });
    });

    test('for \\n, \\r\\n and a lone \\r as line breaks', () => {
      // Offsets: a0 \n1 b2 \r3 \n4 c5 \r6 d7
      const lines = new LineCounter('a\nb\r\nc\rd');
      expect(lines.linePos(0)).toEqual({ line: 1, column: 1 });
      expect(lines.linePos(2)).toEqual({ line: 2, column: 1 });
      expect(lines.linePos(5)).toEqual({ line: 3, column: 1 });
      expect(lines.linePos(7)).toEqual({ line: 4, column: 1 });
    });

    test('for a line break itself, as part of the line it ends', () => {
      const lines = new LineCounter('ab\r\ncd');
      expect(lines.linePos(2)).toEqual({ line: 1, column: 3 });
      expect(lines.linePos(3)).toEqual({ line: 1, column: 4 });
      expect(lines.linePos(4)).toEqual({ line: 2, column: 1 });
    });

    test('for blank lines', () => {
      const lines = new LineCounter('a\n\n\r\n\rb');
      expect(lines.linePos(6)).toEqual({ line: 5, column: 1 });
    });

    test('in UTF-16 code units, so an emoji counts as two columns', () => {
      expect(new LineCounter('😀x').linePos(2)).toEqual({ line: 1, column: 3 });
      expect(new LineCounter('Переговоры: x').linePos(12)).toEqual({ line: 1, column: 13 });
    });

    test('without counting a leading byte order mark as a column', () => {
      const lines = new LineCounter('\ufeff{"a":\n1}');
      expect(lines.linePos(0)).toEqual({ line: 1, column: 1 });
      expect(lines.linePos(1)).toEqual({ line: 1, column: 1 });
      expect(lines.linePos(2)).toEqual({ line: 1, column: 2 });
      expect(lines.linePos(7)).toEqual({ line: 2, column: 1 });
    });

    test('on every line of a long text', () => {
      const text = Array.from({ length: 1000 }, (_, i) => `line ${i}`).join('\n');
      const lines = new LineCounter(text);
      for (const line of [1, 2, 500, 999, 1000]) {
        const offset = text.indexOf(`line ${line - 1}`);
        expect(lines.linePos(offset)).toEqual({ line, column: 1 });
        expect(lines.linePos(offset + 5)).toEqual({ line, column: 6 });
      }
    });
  });
});
