import type { OutputStream } from './io.js';

/** The few styles the reports use. Each is the identity when colour is off. */
export interface Colors {
  readonly red: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly green: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly bold: (text: string) => string;
  readonly cyan: (text: string) => string;
}

/**
 * Whether to colour what goes to `stream`: FORCE_COLOR (other than `0` or `false`) turns it on,
 * NO_COLOR (any non-empty value, https://no-color.org) turns it off, and otherwise a terminal
 * gets colour and a pipe or file does not.
 */
export function useColor(stream: OutputStream, env: Readonly<Record<string, string | undefined>>): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR) return false;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

const style =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`;

const identity = (text: string) => text;

export function colors(enabled: boolean): Colors {
  if (!enabled)
    return {
      red: identity,
      yellow: identity,
      green: identity,
      dim: identity,
      bold: identity,
      cyan: identity,
    };
  return {
    red: style(31, 39),
    yellow: style(33, 39),
    green: style(32, 39),
    dim: style(2, 22),
    bold: style(1, 22),
    cyan: style(36, 39),
  };
}
