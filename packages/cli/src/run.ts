import { createRequire } from 'node:module';
import type { Command } from './command.js';
import { convert } from './commands/convert.js';
import { embed } from './commands/embed.js';
import { init } from './commands/init.js';
import { schema } from './commands/schema.js';
import { validate } from './commands/validate.js';
import { CliError, EXIT, type CliIo } from './io.js';

/** Every command, in the order `parley --help` lists them. */
export const COMMANDS: readonly Command[] = [validate, convert, embed, schema, init];

function version(): string {
  return (createRequire(import.meta.url)('../package.json') as { version: string }).version;
}

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return `Usage: parley <command> [options]

Validate, convert, embed and scaffold Parley timelines (JSON, YAML, or CSV from a spreadsheet).

Commands:
${COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n')}

Options:
  -h, --help     Show help; \`parley <command> --help\` shows a command's options
  -v, --version  Print the version

Examples:
  parley init --format yaml
  parley validate timeline.yaml
  parley validate --format github timelines/*.json
  parley convert timeline.yaml --to csv -o timeline.csv
  parley embed timeline.yaml > snippet.html
  parley schema > timeline.schema.json
`;
}

/**
 * Runs `parley` with the given arguments (without `node` and the script) and returns the exit
 * code: 0 success, 1 invalid data, 2 a usage or I/O error. Never throws: an unexpected error is
 * printed with a request to report it.
 *
 * @example await run(['validate', 'timeline.yaml'], processIo()) //=> 0
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === undefined || first === '-h' || first === '--help') {
      io.stdout.write(mainHelp());
      return first === undefined ? EXIT.error : EXIT.ok;
    }
    if (first === '-v' || first === '--version') {
      io.stdout.write(`${version()}\n`);
      return EXIT.ok;
    }
    const name = first === 'help' ? rest[0] : first;
    const command = COMMANDS.find((candidate) => candidate.name === name);
    if (first === 'help') {
      io.stdout.write(command ? command.help : mainHelp());
      return EXIT.ok;
    }
    if (!command)
      throw new CliError(
        `Unknown command "${first}".`,
        `The commands are: ${COMMANDS.map((c) => c.name).join(', ')}. See \`parley --help\`.`,
      );
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`parley: ${error.message}\n${error.hint ? `${error.hint}\n` : ''}`);
      return EXIT.error;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(
      `parley: an internal error. Please report it to the Parley maintainers with the command you ran and this output:\n${detail}\n`,
    );
    return EXIT.error;
  }
}
