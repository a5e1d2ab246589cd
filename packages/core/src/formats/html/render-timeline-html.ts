import { compareDates } from '../../dates/compare-dates.js';
import { formatParleyDate } from '../../dates/format-parley-date.js';
import { _eventRoles } from '../../internal/_event-roles.js';
import { _isoDates } from '../../internal/_iso-dates.js';
import { isHttpUrl } from '../../rules/http-url.js';
import type { Actor } from '../../schemas/actor.js';
import type { Citation } from '../../schemas/citation.js';
import type { EventType, NegotiationEvent } from '../../schemas/event.js';
import type { Source } from '../../schemas/source.js';
import type { Timeline } from '../../schemas/timeline.js';
import { escapeHtml } from './escape-html.js';

/** The words the markup adds around the data, for pages in other languages. */
export interface TimelineHtmlLabels {
  /** Each event type's name, e.g. `talks` → "Talks". */
  readonly types: Readonly<Record<EventType, string>>;
  /** Before the people and bodies involved, e.g. "Involved". */
  readonly involved: string;
  /** Before an event's source links, e.g. "Sources". */
  readonly sources: string;
  /** The link to a source's archived copy, e.g. "archived". */
  readonly archived: string;
}

/** English labels, the default. */
export const TIMELINE_HTML_LABELS_EN: TimelineHtmlLabels = {
  types: {
    talks: 'Talks',
    agreement: 'Agreement',
    document: 'Document',
    statement: 'Statement',
    proposal: 'Proposal',
    'military-action': 'Military action',
    sanctions: 'Sanctions',
    context: 'Context',
  },
  involved: 'Involved',
  sources: 'Sources',
  archived: 'archived',
};

export interface RenderTimelineHtmlOptions {
  /** Level of the timeline's heading, 1 to 6; events' headings are one below. Default 2. */
  readonly headingLevel?: number;
  /** Language of the dates, a BCP 47 tag. Default the timeline's `language`, else `en`. */
  readonly locale?: string;
  /** The words around the data; default English. */
  readonly labels?: TimelineHtmlLabels;
}

/** A safe `href` or `cite`: only http(s) links that parse; anything else gives none. */
function link(url: string | undefined): string | undefined {
  return url !== undefined && isHttpUrl(url) ? escapeHtml(url) : undefined;
}

/**
 * A timeline as plain, semantic HTML: a `<section>` with the title and summary, then an `<ol>` of
 * the events by date, each an `<article>` with its heading, `<time datetime>`, type, place,
 * summary, who was involved, the words quoted (`<blockquote cite>` in a `<figure>` whose
 * `<figcaption>` says who said them) and its sources as links. Every text is escaped; links are
 * kept only when they are http(s); there are no scripts, styles, event handlers or images (AMP
 * and RSS readers refuse plain `<img>`). Meant as the fallback content inside
 * `<parley-timeline>`: readers without JavaScript, printers, AMP pages, feeds and search engines
 * get the story, and the card replaces it when it upgrades.
 *
 * Hint: the `parley embed` command puts it inside the card's snippet for you.
 *
 * @param timeline - A valid timeline.
 * @param options - Heading level, date language and labels.
 * @returns The HTML, ending in a newline.
 * @example renderTimelineHtml(timeline).startsWith('<section') //=> true
 */
export function renderTimelineHtml(timeline: Timeline, options: RenderTimelineHtmlOptions = {}): string {
  const level = Math.max(1, Math.min(6, Math.trunc(options.headingLevel ?? 2) || 2));
  const eventLevel = Math.min(6, level + 1);
  const locale = options.locale ?? timeline.language ?? 'en';
  const labels = options.labels ?? TIMELINE_HTML_LABELS_EN;
  const actors = new Map((timeline.actors ?? []).map((actor) => [actor.id, actor]));
  const places = new Map((timeline.places ?? []).map((place) => [place.id, place]));
  const sources = new Map((timeline.sources ?? []).map((source) => [source.id, source]));

  const actorName = (id: string): string => {
    const actor: Actor | undefined = actors.get(id);
    if (!actor) return id;
    if (actor.kind !== 'person' || actor.name !== undefined) return actor.name ?? id;
    // Someone known only by role: "Head of intelligence, Turkey".
    const role = actor.roles?.[0];
    if (!role) return id;
    return role.of ? `${role.title}, ${actorName(role.of)}` : role.title;
  };
  const text = (value: string) => escapeHtml(value);
  const time = (date: string, part?: NegotiationEvent['datePart']) => {
    const { start, end } = _isoDates(date);
    const datetime = start ?? end;
    const words = text(formatParleyDate(date, locale, part ? { part } : {}));
    return datetime ? `<time datetime="${escapeHtml(datetime)}">${words}</time>` : `<time>${words}</time>`;
  };
  const sourceLink = (source: Source) => {
    const name = text(source.title ? `${source.publisher}: ${source.title}` : source.publisher);
    const href = link(source.url);
    const archived = link(source.archivedUrl);
    return `${href ? `<a href="${href}" rel="noopener noreferrer">${name}</a>` : name}${
      archived ? ` (<a href="${archived}" rel="noopener noreferrer">${text(labels.archived)}</a>)` : ''
    }`;
  };
  const quote = (
    words: string,
    by: string | undefined,
    citation: Citation | undefined,
    language?: string,
  ) => {
    const cite = link(citation && sources.get(citation.source)?.url);
    const lang = language && language !== locale ? ` lang="${escapeHtml(language)}"` : '';
    return `<figure><blockquote${cite ? ` cite="${cite}"` : ''}${lang}><p>${text(words)}</p></blockquote>${
      by ? `<figcaption>${text(`— ${by}`)}</figcaption>` : ''
    }</figure>`;
  };

  const item = (event: NegotiationEvent): string => {
    const place = event.place ? places.get(event.place) : undefined;
    const where = place
      ? place.city && place.city !== place.name
        ? `${place.name}, ${place.city}`
        : place.name
      : '';
    const roles = _eventRoles(event);
    const involved = [
      ...new Set(
        [...roles.organizer, ...roles.attendee, ...roles.contributor, ...roles.about].filter(
          (id): id is string => id !== undefined,
        ),
      ),
    ].map(actorName);
    const cited = event.citations ?? [];
    const lines = [
      `<h${eventLevel}>${text(event.title)}</h${eventLevel}>`,
      `<p>${[time(event.date, event.datePart), text(labels.types[event.type]), ...(where ? [text(where)] : [])].join(' · ')}</p>`,
      ...(event.summary ? [`<p>${text(event.summary)}</p>`] : []),
      ...details(event, text, actorName),
      ...(involved.length ? [`<p>${text(`${labels.involved}: ${involved.join(', ')}`)}</p>`] : []),
      ...(event.type === 'statement' && event.quote
        ? [
            quote(
              event.quote,
              [actorName(event.speaker), event.setting].filter(Boolean).join(', '),
              cited[0],
              event.language,
            ),
          ]
        : []),
      ...cited.flatMap((citation) =>
        citation.quote
          ? [
              quote(
                citation.quote,
                citation.claimant ? actorName(citation.claimant) : sources.get(citation.source)?.publisher,
                citation,
              ),
            ]
          : [],
      ),
    ];
    const used = [...new Set(cited.map((citation) => citation.source))].flatMap((id) => {
      const source = sources.get(id);
      return source ? [sourceLink(source)] : [];
    });
    if (used.length) lines.push(`<p>${text(labels.sources)}: ${used.join('; ')}</p>`);
    return `<li><article>\n${lines.join('\n')}\n</article></li>`;
  };

  const events = [...timeline.events].sort((a, b) => compareDates(a.date, b.date));
  return [
    `<section lang="${escapeHtml(locale)}">`,
    `<h${level}>${text(timeline.title)}</h${level}>`,
    ...(timeline.summary ? [`<p>${text(timeline.summary)}</p>`] : []),
    '<ol>',
    ...events.map(item),
    '</ol>',
    '</section>',
    '',
  ].join('\n');
}

/** What an event's type adds in words: a round's outcome, an agreement's provisions, and so on. */
function details(
  event: NegotiationEvent,
  text: (value: string) => string,
  actorName: (id: string) => string,
): string[] {
  switch (event.type) {
    case 'talks':
      return event.outcomeNote ? [`<p>${text(event.outcomeNote)}</p>`] : [];
    case 'agreement':
      return [
        `<ul>\n${event.provisions.map((provision) => `<li>${text(provision.description)}</li>`).join('\n')}\n</ul>`,
      ];
    case 'document':
      return [
        `<p>${text(`${actorName(event.from)}${event.to ? ` → ${actorName(event.to)}` : ''}: ${event.subject}`)}</p>`,
      ];
    case 'statement':
      return !event.quote && event.paraphrase ? [`<p>${text(event.paraphrase)}</p>`] : [];
    default:
      return [];
  }
}
