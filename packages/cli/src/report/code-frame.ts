import type { Colors } from '../colors.js';

/** Widest source line shown; longer lines are cut around the column. */
const WIDTH = 80;

/** The lines of a text, split once per file however many issues point into it. */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/**
 * The source line an issue points at, with the line before it and a caret under the column, as
 * yaml's `prettifyError` and compilers print them:
 *
 * ```
 *   5 |     id: a
 * > 6 |     date: 2025-02-30
 *     |           ^
 * ```
 */
export function codeFrame(lines: readonly string[], line: number, column: number, c: Colors): string {
  const at = lines[line - 1];
  if (at === undefined) return '';
  const gutter = String(line).length;
  const show = (text: string) => {
    // Tabs become one space, so the caret stays under the column the issue counts.
    const plain = text.replace(/\t/g, ' ');
    if (plain.length <= WIDTH) return { text: plain, shift: 0 };
    const start = Math.max(0, Math.min(column - 1 - WIDTH / 2, plain.length - WIDTH));
    return {
      text: `${start > 0 ? '…' : ''}${plain.slice(start, start + WIDTH)}${start + WIDTH < plain.length ? '…' : ''}`,
      shift: start > 0 ? start - 1 : 0,
    };
  };
  const out: string[] = [];
  const before = lines[line - 2];
  if (before !== undefined && before.trim() !== '')
    out.push(c.dim(`  ${String(line - 1).padStart(gutter)} | ${show(before).text}`));
  const current = show(at);
  out.push(`${c.red('>')} ${c.dim(`${String(line).padStart(gutter)} |`)} ${current.text}`);
  out.push(
    `  ${' '.repeat(gutter)} ${c.dim('|')} ${' '.repeat(Math.max(column - 1 - current.shift, 0))}${c.red('^')}`,
  );
  return out.join('\n');
}
