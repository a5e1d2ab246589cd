import { colors, useColor } from '../colors.js';
import { parseCommandArgs, type Command } from '../command.js';
import { detectFormat, inputFormat, INPUT_FORMATS, parseText } from '../formats.js';
import { CliError, EXIT, type CliIo } from '../io.js';
import { readInput } from '../read-input.js';
import type { FileReport } from '../report/file-report.js';
import { summarize } from '../report/file-report.js';
import { githubReport } from '../report/github.js';
import { jsonReport } from '../report/json.js';
import { textReport } from '../report/text.js';

const REPORT_FORMATS = ['text', 'json', 'github'] as const;

async function check(name: string, from: ReturnType<typeof inputFormat>, io: CliIo): Promise<FileReport> {
  const file = name === '-' ? '<stdin>' : name;
  try {
    const read = await readInput(name, io);
    if (!read.ok) return { file, issues: [read.issue], warnings: [] };
    const format = detectFormat(name, read.text, from);
    const { result, notes } = await parseText(read.text, format);
    const warnings = [...result.warnings, ...notes];
    return result.success
      ? { file, format, text: read.text, issues: [], warnings, events: result.data.events.length }
      : { file, format, text: read.text, issues: result.error.issues, warnings };
  } catch (error) {
    if (error instanceof CliError)
      return {
        file,
        issues: [],
        warnings: [],
        error: error.hint ? `${error.message} ${error.hint}` : error.message,
      };
    throw error;
  }
}

export const validate: Command = {
  name: 'validate',
  summary: 'Check timeline files and report every problem with its line and column',
  help: `Usage: parley validate [options] <file…|->

Checks each timeline (JSON, YAML, or CSV exported from a spreadsheet) and prints every
problem as
  file:line:col  code  path  message
with a hint and the source line. Reads standard input for "-", and an http(s) URL such as a
Google Sheet published as CSV.

Options:
  --from <format>    Read every file as ${INPUT_FORMATS.join(', ')} (default: by extension; for
                     standard input, JSON when it starts with "{", else YAML)
  --format <format>  Report as ${REPORT_FORMATS.join(', ')} (default: text). "github" prints
                     workflow annotations that GitHub Actions shows on the lines
  -h, --help         Show this help

Exit codes: 0 all valid (warnings allowed), 1 a file is invalid, 2 a usage or I/O error.

Examples:
  parley validate timeline.yaml
  parley validate timelines/*.json timelines/*.yaml
  cat timeline.json | parley validate -
  parley validate "https://docs.google.com/spreadsheets/d/e/…/pub?output=csv"
  parley validate --format github timelines/*.yaml     # in a GitHub Actions step
  parley validate --format json timeline.json | jq '.summary'
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('validate', args, {
      from: { type: 'string' },
      format: { type: 'string', default: 'text' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.stdout.write(this.help);
      return EXIT.ok;
    }
    const format = values.format as string;
    if (!(REPORT_FORMATS as readonly string[]).includes(format))
      throw new CliError(
        `Unknown report format "${format}".`,
        `Use --format with one of: ${REPORT_FORMATS.join(', ')}.`,
      );
    if (positionals.length === 0)
      throw new CliError(
        'Name at least one file to validate, or - for standard input.',
        'See `parley validate --help`.',
      );
    const from = inputFormat(values.from);

    const reports: FileReport[] = [];
    for (const name of positionals) reports.push(await check(name, from, io));

    if (format === 'json') io.stdout.write(jsonReport(reports));
    else if (format === 'github') {
      io.stdout.write(githubReport(reports));
      for (const report of reports)
        if (report.error !== undefined) io.stderr.write(`parley: ${report.error}\n`);
    } else {
      const { stdout, stderr } = textReport(
        reports,
        colors(useColor(io.stderr, io.env)),
        colors(useColor(io.stdout, io.env)),
      );
      io.stdout.write(stdout);
      io.stderr.write(stderr);
    }
    const summary = summarize(reports);
    return summary.unreadable > 0 ? EXIT.error : summary.invalid > 0 ? EXIT.invalid : EXIT.ok;
  },
};
