import type { Timeline } from '@parley/core/parse';
import { parseCommandArgs, type Command } from '../command.js';
import { inputFormat, INPUT_FORMATS } from '../formats.js';
import { CliError, EXIT } from '../io.js';
import { readTimeline } from '../read-timeline.js';
import { writeOutput } from '../write-output.js';

/** The formats a timeline can be written as. */
const OUTPUT_FORMATS = ['json', 'yaml', 'csv', 'timelinejs', 'jsonld', 'html'] as const;
type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** What a writer may need beside the timeline. */
interface WriteOptions {
  /** The page the output is published on (JSON-LD node ids). */
  readonly url?: string;
}

/** Each format's writer, imported when it is asked for (see `parseText`). */
const WRITERS: Record<OutputFormat, (timeline: Timeline, options: WriteOptions) => Promise<string>> = {
  json: async (timeline) => `${JSON.stringify(timeline, null, 2)}\n`,
  yaml: async (timeline) => (await import('@parley/core/yaml')).stringifyTimelineYaml(timeline),
  csv: async (timeline) => (await import('@parley/core/csv')).stringifyTimelineCsv(timeline),
  timelinejs: async (timeline) =>
    `${JSON.stringify((await import('@parley/core/timelinejs')).exportTimelineJs(timeline), null, 2)}\n`,
  jsonld: async (timeline, options) =>
    `${JSON.stringify((await import('@parley/core/jsonld')).exportJsonLd(timeline, options), null, 2)}\n`,
  html: async (timeline) => (await import('@parley/core/html')).renderTimelineHtml(timeline),
};

/** Checks `--url`: the page's absolute http(s) address. */
function pageUrl(value: string | undefined): WriteOptions {
  if (value === undefined) return {};
  if (!/^https?:\/\/[^/]/i.test(value) || !URL.canParse(value))
    throw new CliError(
      `--url must be the page's absolute http(s) address, received "${value}".`,
      'For example: --url https://news.example/2025/06/istanbul-talks',
    );
  return { url: value };
}

export const convert: Command = {
  name: 'convert',
  summary: 'Convert a valid timeline between JSON, YAML, CSV and TimelineJS3 JSON, or to JSON-LD or HTML',
  help: `Usage: parley convert <file|-> --to <format> [-o <file>]

Reads a timeline (as \`parley validate\` does), checks it, and writes it in another format: the
result reads back to the same timeline (TimelineJS3 JSON keeps only what TimelineJS can show).
\`jsonld\` writes schema.org JSON-LD for search engines, and \`html\` plain, script-free HTML of
the events (fallback content, AMP, RSS), one way. An invalid timeline is reported, and nothing
is written.

Options:
  --to <format>        ${OUTPUT_FORMATS.join(', ')}
  --from <format>      Read the input as ${INPUT_FORMATS.join(', ')} (default: by extension)
  --url <url>          With --to jsonld: the page it is published on, for absolute ids
  -o, --output <file>  Write to a file instead of standard output
  -h, --help           Show this help

Examples:
  parley convert timeline.json --to yaml -o timeline.yaml
  parley convert "https://docs.google.com/spreadsheets/d/e/…/pub?output=csv" --to json -o timeline.json
  parley convert timeline.yaml --to csv > timeline.csv
  parley convert knightlab.json --from timelinejs --to yaml -o timeline.yaml
  parley convert timeline.json --to timelinejs -o timeline3.json
  parley convert timeline.yaml --to jsonld --url https://news.example/talks -o talks.jsonld
  parley convert timeline.yaml --to html -o talks.html
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('convert', args, {
      to: { type: 'string' },
      from: { type: 'string' },
      url: { type: 'string' },
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
    const writeOptions = pageUrl(values.url);
    if (writeOptions.url && to !== 'jsonld')
      throw new CliError('--url applies only to --to jsonld.', 'See `parley convert --help`.');
    const timeline = await readTimeline(name, from, io);
    if (!timeline) return EXIT.invalid;
    await writeOutput(await WRITERS[to as OutputFormat](timeline, writeOptions), values.output, io);
    return EXIT.ok;
  },
};
