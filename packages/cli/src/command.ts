import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError, type CliIo } from './io.js';

/** One `parley <name>` command. */
export interface Command {
  readonly name: string;
  /** One line for `parley --help`. */
  readonly summary: string;
  /** The whole `parley <name> --help` text: usage, options and examples. */
  readonly help: string;
  /** Runs the command and returns its exit code. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/**
 * Parses a command's arguments with node:util's parseArgs, strictly: an unknown option or a
 * missing value is a usage error (exit 2) that names the command's `--help`.
 */
type Parsed<T extends ParseArgsOptions> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>
>;
type ParseArgsOptions = NonNullable<ParseArgsConfig['options']>;

export function parseCommandArgs<T extends ParseArgsOptions>(
  command: string,
  args: readonly string[],
  options: T,
): Parsed<T> {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message =
      error instanceof Error ? error.message.replace(/\. To specify a positional.*$/s, '.') : String(error);
    throw new CliError(message, `See \`parley ${command} --help\`.`);
  }
}
