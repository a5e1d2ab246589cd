import { parseCommandArgs, type Command } from '../command.js';
import type { CardAttributes } from '../embed/embed-snippet.js';
import { CDNS, widgetScript, type Cdn } from '../embed/widget-script.js';
import { inputFormat, INPUT_FORMATS } from '../formats.js';
import { CliError, EXIT } from '../io.js';
import { readTimeline } from '../read-timeline.js';
import { writeOutput } from '../write-output.js';

/**
 * The values the card takes for each attribute the command sets (see the widget's README); a
 * test holds them to the widget's custom-elements.json.
 */
export const CARD_ATTRIBUTE_VALUES = {
  theme: ['light', 'dark', 'auto'],
  density: ['comfortable', 'compact'],
  order: ['oldest', 'newest'],
  filters: ['on', 'off'],
} as const;

const HELP_VALUES = (name: keyof typeof CARD_ATTRIBUTE_VALUES) => CARD_ATTRIBUTE_VALUES[name].join('|');

/** Checks a value against the card's list for that attribute. */
function oneOf(name: keyof typeof CARD_ATTRIBUTE_VALUES, value: string | undefined): string | undefined {
  if (value === undefined || (CARD_ATTRIBUTE_VALUES[name] as readonly string[]).includes(value)) return value;
  throw new CliError(
    `Unknown --${name} "${value}".`,
    `Use --${name} with one of: ${CARD_ATTRIBUTE_VALUES[name].join(', ')}.`,
  );
}

/** `--src`: where the page loads the data from; http(s), absolute or relative to the page. */
function dataUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const absolute = /^https?:\/\/[^/\s]/i.test(value) && URL.canParse(value);
  const relative = /^(\/(?!\/)|\.\.?\/)\S*$/.test(value);
  if (absolute || relative) return value;
  throw new CliError(
    `--src must be an http(s) URL, received "${value}".`,
    'Give an absolute http(s) URL (https://data.example/talks.json) or a path on the page’s site (/data/talks.json).',
  );
}

/** `--lang`: a BCP 47 language tag, written as Intl canonicalises it. */
function languageTag(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    const [tag] = Intl.getCanonicalLocales(value);
    if (tag) return tag;
  } catch {
    // Reported below.
  }
  throw new CliError(`--lang "${value}" is not a language tag.`, 'For example: --lang uk, --lang en-GB.');
}

function headingLevel(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const level = Number(value);
  if (Number.isInteger(level) && level >= 1 && level <= 6) return level;
  throw new CliError(`--heading-level must be 1 to 6, received "${value}".`);
}

export const embed: Command = {
  name: 'embed',
  summary: 'Print the snippet that puts a timeline on a page: script tag, card and fallback HTML',
  help: `Usage: parley embed <file|-> [--src <url>] [options] [-o <file>]

Reads a timeline (as \`parley validate\` does), checks it, and prints the HTML to paste into a
page: the script tag of @parley/widget pinned to one version on a CDN with its \`integrity\`,
then <parley-timeline> with the data inline (or loaded from --src) and the timeline as plain
HTML inside it, which readers see until the card shows, and always without JavaScript.

Options:
  --src <url>            Load the data from this URL instead of inline: http(s), or a path on
                         the page's site (the file is still read for the fallback HTML)
  --theme <theme>        ${HELP_VALUES('theme')}
  --lang <tag>           The card's language, e.g. uk (default: the page's)
  --density <density>    ${HELP_VALUES('density')}
  --order <order>        ${HELP_VALUES('order')}
  --filters <on|off>     Show the reader's filters (default: on)
  --heading-level <n>    Level of the card's title, 1 to 6 (default: 2)
  --cdn <cdn>            ${Object.keys(CDNS).join(', ')} (default: unpkg)
  --from <format>        Read the input as ${INPUT_FORMATS.join(', ')} (default: by extension)
  -o, --output <file>    Write to a file instead of standard output
  -h, --help             Show this help

Examples:
  parley embed timeline.yaml > snippet.html
  parley embed timeline.json --src https://data.example/talks.json --theme auto
  parley embed timeline.csv --lang uk --density compact --cdn jsdelivr -o snippet.html
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('embed', args, {
      src: { type: 'string' },
      theme: { type: 'string' },
      lang: { type: 'string' },
      density: { type: 'string' },
      order: { type: 'string' },
      filters: { type: 'string' },
      'heading-level': { type: 'string' },
      cdn: { type: 'string' },
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
        'Name one timeline to embed, or - for standard input.',
        'See `parley embed --help`.',
      );
    const cdn = values.cdn ?? 'unpkg';
    if (!Object.hasOwn(CDNS, cdn))
      throw new CliError(
        `Unknown --cdn "${cdn}".`,
        `Use --cdn with one of: ${Object.keys(CDNS).join(', ')}.`,
      );
    const card: CardAttributes = {
      src: dataUrl(values.src),
      theme: oneOf('theme', values.theme),
      lang: languageTag(values.lang),
      density: oneOf('density', values.density),
      order: oneOf('order', values.order),
      filters: oneOf('filters', values.filters),
      headingLevel: headingLevel(values['heading-level']),
    };
    const from = inputFormat(values.from);
    const timeline = await readTimeline(name, from, io);
    if (!timeline) return EXIT.invalid;
    // Imported here, so the other commands never load the HTML writer.
    const { embedSnippet } = await import('../embed/embed-snippet.js');
    await writeOutput(embedSnippet(timeline, await widgetScript(cdn as Cdn), card), values.output, io);
    return EXIT.ok;
  },
};
