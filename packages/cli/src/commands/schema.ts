import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { parseCommandArgs, type Command } from '../command.js';
import { CliError, EXIT } from '../io.js';

/** The JSON Schema file that @parley/core ships, generated from its zod schemas. */
export function schemaPath(): string {
  return createRequire(import.meta.url).resolve('@parley/core/schema.json');
}

export const schema: Command = {
  name: 'schema',
  summary: 'Print the JSON Schema of a timeline, for editors and other validators',
  help: `Usage: parley schema [-o <file>]

Prints the JSON Schema (draft 2020-12) of a Parley timeline, the one @parley/core ships as
schema.json. Editors use it for autocomplete and inline errors (see docs/authoring.md).

Options:
  -o, --output <file>  Write it to a file instead of standard output
  -h, --help           Show this help

Examples:
  parley schema > timeline.schema.json
  parley schema -o .vscode/parley.schema.json
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('schema', args, {
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.stdout.write(this.help);
      return EXIT.ok;
    }
    if (positionals.length > 0)
      throw new CliError(`Unexpected argument "${positionals[0]}".`, 'See `parley schema --help`.');
    const text = await readFile(schemaPath(), 'utf8');
    if (values.output) {
      try {
        await writeFile(resolve(io.cwd, values.output), text);
      } catch (error) {
        throw new CliError(`Cannot write ${values.output}: ${(error as Error).message}.`);
      }
      io.stderr.write(`Wrote ${values.output}\n`);
    } else io.stdout.write(text);
    return EXIT.ok;
  },
};
