import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { stringifyTimelineCsv } from '@parley/core/csv';
import { exportTimelineJs } from '@parley/core/timelinejs';
import type { Timeline } from '@parley/core/parse';
import { stringifyTimelineYaml } from '@parley/core/yaml';
import { colors, useColor } from '../colors.js';
import { parseCommandArgs, type Command } from '../command.js';
import { detectFormat, inputFormat, INPUT_FORMATS, parseText } from '../formats.js';
import { CliError, EXIT } from '../io.js';
import { readInput } from '../read-input.js';
import { textReport } from '../report/text.js';

/** The formats a timeline can be written as. */
const OUTPUT_FORMATS = ['json', 'yaml', 'csv', 'timelinejs'] as const;
type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const WRITERS: Record<OutputFormat, (timeline: Timeline) => string> = {
  json: (timeline) => `${JSON.stringify(timeline, null, 2)}\n`,
  yaml: (timeline) => stringifyTimelineYaml(timeline),
  csv: (timeline) => stringifyTimelineCsv(timeline),
  timelinejs: (timeline) => `${JSON.stringify(exportTimelineJs(timeline), null, 2)}\n`,
};

export const convert: Command = {
  name: 'convert',
  summary: 'Convert a valid timeline between JSON, YAML, CSV and TimelineJS3 JSON',
  help: `Usage: parley convert <file|-> --to <format> [-o <file>]

Reads a timeline (as \`parley validate\` does), checks it, and writes it in another format: the
result reads back to the same timeline (TimelineJS3 JSON keeps only what TimelineJS can show). An
invalid timeline is reported, and nothing is written.

Options:
  --to <format>        ${OUTPUT_FORMATS.join(', ')}
  --from <format>      Read the input as ${INPUT_FORMATS.join(', ')} (default: by extension)
  -o, --output <file>  Write to a file instead of standard output
  -h, --help           Show this help

Examples:
  parley convert timeline.json --to yaml -o timeline.yaml
  parley convert "https://docs.google.com/spreadsheets/d/e/…/pub?output=csv" --to json -o timeline.json
  parley convert timeline.yaml --to csv > timeline.csv
  parley convert knightlab.json --from timelinejs --to yaml -o timeline.yaml
  parley convert timeline.json --to timelinejs -o timeline3.json
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('convert', args, {
      to: { type: 'string' },
      from: { type: 'string' },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.stdout.write(this.help);
      return EXIT.ok;
    }
    const [name, extra] = positionals;
    if (name === undefined || extra !== undefined)
      throw new CliError(
        'Name one timeline to convert, or - for standard input.',
        'See `parley convert --help`.',
      );
    const to = values.to;
    if (to === undefined || !(OUTPUT_FORMATS as readonly string[]).includes(to))
      throw new CliError(
        to === undefined ? 'Say which format to write with --to.' : `Unknown output format "${to}".`,
        `Use --to with one of: ${OUTPUT_FORMATS.join(', ')}.`,
      );
    const from = inputFormat(values.from);
    const file = name === '-' ? '<stdin>' : name;
    const read = await readInput(name, io);
    const parsed = read.ok ? parseText(read.text, detectFormat(name, read.text, from)) : undefined;
    const result = parsed?.result;
    for (const note of parsed?.notes ?? [])
      io.stderr.write(`${file}  ${note.code}  ${note.path.join('.')}  ${note.message}\n`);
    if (!result?.success) {
      const issues = read.ok ? (result && !result.success ? result.error.issues : []) : [read.issue];
      const report = textReport(
        [{ file, ...(read.ok ? { text: read.text } : {}), issues, warnings: [] }],
        colors(useColor(io.stderr, io.env)),
      );
      io.stderr.write(report.stderr);
      return EXIT.invalid;
    }
    const text = WRITERS[to as OutputFormat](result.data);
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
