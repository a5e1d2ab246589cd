import { _eventRoles } from '../../internal/_event-roles.js';
import { _isoDates } from '../../internal/_iso-dates.js';
import type { Actor } from '../../schemas/actor.js';
import type { Citation } from '../../schemas/citation.js';
import type { NegotiationEvent } from '../../schemas/event.js';
import type { Image } from '../../schemas/image.js';
import type { Place } from '../../schemas/place.js';
import type { Source } from '../../schemas/source.js';
import type { Timeline } from '../../schemas/timeline.js';

/** A JSON-LD value: text, a number, a node or value object, or a list of them. */
export type JsonLdValue = string | number | boolean | JsonLdNode | readonly JsonLdValue[];

/** A JSON-LD node (or value object), keyed by schema.org term or JSON-LD keyword. */
export interface JsonLdNode {
  readonly [term: string]: JsonLdValue | undefined;
}

/** What `exportJsonLd` returns: schema.org nodes in one `@graph`. */
export interface JsonLdDocument {
  readonly '@context': 'https://schema.org';
  readonly '@graph': readonly JsonLdNode[];
}

export interface ExportJsonLdOptions {
  /**
   * The http(s) address of the page the JSON-LD is published on. Node ids are fragments of it
   * (`https://news.example/talks#parley-<timeline id>-<event id>`, the card's deep links);
   * without it they are relative (`#parley-…`) and resolve against the page that inlines them.
   */
  readonly url?: string;
}

/** Text as schema.org reads it, dropping empty values so no property is written without one. */
type Entry = readonly [string, JsonLdValue | undefined];

function node(entries: readonly Entry[]): JsonLdNode {
  const result: Record<string, JsonLdValue> = {};
  for (const [key, value] of entries) {
    if (value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length === 0) continue;
      // A single value reads better than a list of one.
      result[key] = value.length === 1 ? (value[0] as JsonLdValue) : value;
    } else result[key] = value;
  }
  return result;
}

/** A Wikidata item id as the URL of its page; other sameAs values are URLs already. */
function sameAsUrl(value: string): string {
  return /^Q\d+$/.test(value) ? `https://www.wikidata.org/wiki/${value}` : value;
}

/** Other-language names as language-tagged JSON-LD values. */
function alternateNames(names: Readonly<Record<string, string>> | undefined): JsonLdNode[] {
  return Object.entries(names ?? {}).map(([language, value]) => ({ '@value': value, '@language': language }));
}

const PLACE_TYPES: Readonly<Record<NonNullable<Place['kind']>, string>> = {
  venue: 'Place',
  city: 'City',
  region: 'AdministrativeArea',
  country: 'Country',
  other: 'Place',
};

const SOURCE_TYPES: Readonly<Record<NonNullable<Source['kind']>, string>> = {
  article: 'NewsArticle',
  wire: 'NewsArticle',
  broadcast: 'CreativeWork',
  official: 'CreativeWork',
  social: 'SocialMediaPosting',
  photo: 'Photograph',
  other: 'CreativeWork',
};

/**
 * Writes a timeline as schema.org JSON-LD for search engines and aggregators: the timeline is an
 * `Event` whose `subEvent`s are its events; each event an `Event` with `startDate`/`endDate`,
 * `location` (a `Place` with its address and `geo`), `organizer`, `attendee` and `contributor`
 * (`Person`, `Organization`, `GovernmentOrganization` for a state), a `superEvent` (the talks an
 * agreement, document or proposal belongs to, or the timeline) and its sources as `subjectOf`;
 * quotes are `Quotation`s with their speaker and `citation`; Wikidata ids become `sameAs` links.
 * docs/jsonld.md has the mapping, field by field.
 *
 * Hint: `jsonLdScript` wraps the result in a `<script type="application/ld+json">` that is safe
 * to inline in a page.
 *
 * @param timeline - A valid timeline (from `parseTimeline` or `safeParseTimeline`).
 * @param options - `url`: the page it is published on, for absolute node ids.
 * @returns A JSON-LD document with one `@graph`.
 * @throws {TypeError} When `options.url` is not an absolute http(s) URL.
 * @example exportJsonLd(timeline)['@graph'][0]['@type'] //=> 'Event'
 */
export function exportJsonLd(timeline: Timeline, options: ExportJsonLdOptions = {}): JsonLdDocument {
  const base = pageUrl(options.url);
  const idOf = (id?: string) => ({
    '@id': `${base}#parley-${timeline.id}${id === undefined ? '' : `-${id}`}`,
  });
  const refs = (ids: readonly (string | undefined)[]) =>
    [...new Set(ids.filter((id): id is string => id !== undefined))].map(idOf);
  const images = new Map((timeline.images ?? []).map((image) => [image.id, image]));

  // Which event each one belongs to: the talks named by `talks`, or a `part-of` relation.
  const parents = new Map<string, string[]>();
  for (const event of timeline.events) {
    const within = [
      ...('talks' in event && event.talks ? [event.talks] : []),
      ...(event.relations ?? []).filter((relation) => relation.kind === 'part-of').map((r) => r.event),
    ];
    parents.set(
      event.id,
      [...new Set(within)].filter((id) => id !== event.id),
    );
  }
  const children = (id: string) =>
    timeline.events.filter((event) => parents.get(event.id)!.includes(id)).map((event) => event.id);

  const { start, end } = timeline.period ? _isoDates(timeline.period) : {};
  const whole = node([
    ['@type', 'Event'],
    ['@id', idOf()['@id']],
    ['name', timeline.title],
    ['description', timeline.summary],
    ['inLanguage', timeline.language],
    ['startDate', start],
    ['endDate', end],
    ['url', base || undefined],
    ['subEvent', refs(timeline.events.filter((event) => !parents.get(event.id)!.length).map((e) => e.id))],
  ]);

  const events = timeline.events.map((event) => {
    const dates = _isoDates(event.date);
    const within = parents.get(event.id)!;
    const roles = _eventRoles(event);
    const image = event.image ? images.get(event.image) : undefined;
    return node([
      ['@type', 'Event'],
      ['@id', idOf(event.id)['@id']],
      ['name', event.title],
      ['description', event.summary],
      ['startDate', dates.start],
      ['endDate', dates.end],
      ['location', event.place ? idOf(event.place) : undefined],
      ['organizer', refs(roles.organizer)],
      ['attendee', refs(roles.attendee)],
      ['contributor', refs(roles.contributor)],
      ['about', refs(roles.about)],
      ...talksEntries(event),
      ['image', image ? imageNode(image, idOf) : undefined],
      ['superEvent', within.length ? refs(within) : idOf()],
      ['subEvent', refs(children(event.id))],
      ['subjectOf', [...refs((event.citations ?? []).map((c) => c.source)), ...quotations(event, idOf)]],
    ]);
  });

  return {
    '@context': 'https://schema.org',
    '@graph': [
      whole,
      ...events,
      ...(timeline.actors ?? []).map((actor) => actorNode(actor, idOf)),
      ...(timeline.places ?? []).map((place) => placeNode(place, idOf)),
      ...(timeline.sources ?? []).map((source) => sourceNode(source, idOf)),
    ],
  };
}

/** The page's address without its fragment, or '' for relative ids; refuses anything but http(s). */
function pageUrl(url: string | undefined): string {
  if (url === undefined) return '';
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:'))
    throw new TypeError(`Expected the page's absolute http(s) URL, received "${url}".`);
  parsed.hash = '';
  return parsed.href;
}

type IdOf = (id?: string) => { '@id': string };

/** What schema.org can say about a round of talks: its length, whether it happened, and how. */
function talksEntries(event: NegotiationEvent): Entry[] {
  if (event.type !== 'talks') return [];
  const status =
    event.outcome === 'cancelled'
      ? 'https://schema.org/EventCancelled'
      : event.outcome === 'postponed'
        ? 'https://schema.org/EventPostponed'
        : undefined;
  const mode =
    event.format === 'virtual'
      ? 'https://schema.org/OnlineEventAttendanceMode'
      : event.format
        ? 'https://schema.org/OfflineEventAttendanceMode'
        : undefined;
  return [
    ['duration', event.duration?.iso],
    ['eventStatus', status],
    ['eventAttendanceMode', mode],
  ];
}

/** The words an event quotes: a statement's quote, and each citation's quote from its source. */
function quotations(event: NegotiationEvent, idOf: IdOf): JsonLdNode[] {
  const cited = (citations: readonly Citation[]) => citations.map((citation) => idOf(citation.source));
  const result: JsonLdNode[] = [];
  if (event.type === 'statement' && event.quote)
    result.push(
      node([
        ['@type', 'Quotation'],
        ['text', event.quote],
        ['inLanguage', event.language],
        ['spokenByCharacter', idOf(event.speaker)],
        ['creator', idOf(event.speaker)],
        ['about', idOf(event.id)],
        ['citation', cited(event.citations ?? [])],
      ]),
    );
  for (const citation of event.citations ?? [])
    if (citation.quote)
      result.push(
        node([
          ['@type', 'Quotation'],
          ['text', citation.quote],
          ['spokenByCharacter', citation.claimant ? idOf(citation.claimant) : undefined],
          ['about', idOf(event.id)],
          ['citation', idOf(citation.source)],
        ]),
      );
  return result;
}

function imageNode(image: Image, idOf: IdOf): JsonLdNode {
  return node([
    ['@type', 'ImageObject'],
    ['contentUrl', image.url],
    ['caption', image.caption],
    ['creditText', image.credit],
    ['description', image.alt],
    ['provider', image.providedBy ? idOf(image.providedBy) : undefined],
    ['isBasedOn', image.source ? idOf(image.source) : undefined],
  ]);
}

function actorNode(actor: Actor, idOf: IdOf): JsonLdNode {
  const common: Entry[] = [
    ['@id', idOf(actor.id)['@id']],
    ['name', actor.name],
    ['alternateName', alternateNames(actor.names)],
    ['description', actor.description],
    ['sameAs', (actor.sameAs ?? []).map(sameAsUrl)],
  ];
  switch (actor.kind) {
    case 'person':
      return node([
        ['@type', 'Person'],
        ...common,
        ['jobTitle', (actor.roles ?? []).map((role) => role.title)],
        [
          'affiliation',
          [...new Set((actor.roles ?? []).flatMap((role) => (role.of ? [role.of] : [])))].map(idOf),
        ],
      ]);
    case 'state':
      return node([['@type', 'GovernmentOrganization'], ...common, ['areaServed', actor.country]]);
    case 'organisation':
      return node([
        ['@type', 'Organization'],
        ...common,
        ['parentOrganization', actor.partOf ? idOf(actor.partOf) : undefined],
        ['address', actor.country ? { '@type': 'PostalAddress', addressCountry: actor.country } : undefined],
      ]);
  }
}

function placeNode(place: Place, idOf: IdOf): JsonLdNode {
  return node([
    ['@type', PLACE_TYPES[place.kind ?? 'other']],
    ['@id', idOf(place.id)['@id']],
    ['name', place.name],
    ['alternateName', alternateNames(place.names)],
    [
      'address',
      node([
        ['@type', 'PostalAddress'],
        ['addressLocality', place.city],
        ['addressCountry', place.country],
      ]),
    ],
    [
      'geo',
      place.coordinates
        ? {
            '@type': 'GeoCoordinates',
            latitude: place.coordinates.latitude,
            longitude: place.coordinates.longitude,
          }
        : undefined,
    ],
    ['containedInPlace', place.within ? idOf(place.within) : undefined],
    ['sameAs', (place.sameAs ?? []).map(sameAsUrl)],
  ]);
}

function sourceNode(source: Source, idOf: IdOf): JsonLdNode {
  return node([
    ['@type', SOURCE_TYPES[source.kind ?? 'other']],
    ['@id', idOf(source.id)['@id']],
    ['headline', source.title],
    ['publisher', { '@type': 'Organization', name: source.publisher }],
    ['author', source.author ? { '@type': 'Person', name: source.author } : undefined],
    ['url', source.url],
    ['archivedAt', source.archivedUrl],
    ['datePublished', source.published ? _isoDates(source.published).start : undefined],
    ['inLanguage', source.language],
  ]);
}
