import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Timeline } from '@parley/core/parse';
import { parseCommandArgs, type Command } from '../command.js';
import { CliError, EXIT } from '../io.js';
import { STARTER, STARTER_YAML_HEADER } from '../starter.js';

const FORMATS = ['json', 'yaml'] as const;

export const init: Command = {
  name: 'init',
  summary: 'Write a starter timeline that validates, to edit into your own',
  help: `Usage: parley init [--format json|yaml] [--force] [file]

Writes a small timeline (two parties, a venue, a source, a round of talks and a statement) that
passes \`parley validate\`, to edit into your own. The file is timeline.json, or timeline.yaml
with --format yaml, unless you name it; an existing file is kept unless --force is given.

Options:
  --format <format>  json (default) or yaml; a file name ending in .yaml or .yml implies yaml
  --force            Overwrite the file if it exists
  -h, --help         Show this help

Examples:
  parley init
  parley init --format yaml
  parley init talks/geneva.yaml
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('init', args, {
      format: { type: 'string' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.stdout.write(this.help);
      return EXIT.ok;
    }
    if (positionals.length > 1)
      throw new CliError(`Unexpected argument "${positionals[1]}".`, 'See `parley init --help`.');
    const named = positionals[0];
    const format = values.format ?? (named && /\.ya?ml$/i.test(named) ? 'yaml' : 'json');
    if (!(FORMATS as readonly string[]).includes(format))
      throw new CliError(`Unknown format "${format}".`, `Use --format with one of: ${FORMATS.join(', ')}.`);
    const file = named ?? `timeline.${format}`;
    const text =
      format === 'yaml'
        ? (await import('@parley/core/yaml')).stringifyTimelineYaml(STARTER as Timeline, STARTER_YAML_HEADER)
        : `${JSON.stringify(STARTER, null, 2)}\n`;
    try {
      await writeFile(resolve(io.cwd, file), text, { flag: values.force ? 'w' : 'wx' });
    } catch (error) {
      if ((error as { code?: string }).code === 'EEXIST')
        throw new CliError(`${file} already exists.`, 'Name another file, or add --force to overwrite it.');
      throw new CliError(`Cannot write ${file}: ${(error as Error).message}.`);
    }
    io.stdout.write(`Wrote ${file}. Edit it, then check it with: parley validate ${file}\n`);
    return EXIT.ok;
  },
};
