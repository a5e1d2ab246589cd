import type { EventType, NegotiationEvent } from '@parley/core';
import { eventActors, eventParties } from './event-parties.js';
import type { DayGroup, TimelineView } from './timeline-view.js';

/** What the reader has narrowed the card to; empty sets and text mean "everything". */
export interface TimelineFilter {
  readonly types: ReadonlySet<EventType>;
  readonly parties: ReadonlySet<string>;
  readonly text: string;
}

export const NO_FILTER: TimelineFilter = { types: new Set(), parties: new Set(), text: '' };

/** Oldest first (the reading order of a chronology) or newest first (a live story). */
export type TimelineOrder = 'oldest' | 'newest';

/** A filter chip: a type or a party and how many events it would show. */
export interface Facet<K> {
  readonly key: K;
  readonly count: number;
}

/** How many parties get a chip: the most involved first; the text filter finds the rest. */
const MAX_PARTY_FACETS = 8;

/** Per timeline, what filtering reads for each event: its parties and its searchable text. */
export interface FilterIndex {
  /** The language the text was lower-cased in; another language needs another index. */
  readonly locale: string;
  readonly types: readonly Facet<EventType>[];
  readonly parties: readonly Facet<string>[];
  readonly partiesOf: ReadonlyMap<NegotiationEvent, readonly string[]>;
  /** Lower-case text of an event, built on first search. */
  text(event: NegotiationEvent): string;
}

function count<K>(keys: Iterable<K>): Facet<K>[] {
  const counts = new Map<K, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].map(([key, n]) => ({ key, count: n }));
}

/**
 * The facets and lookups that filtering needs, built once per timeline.
 *
 * @param view - The timeline's view.
 * @param locale - Lower-cases text as the reader's language does (Turkish dotted İ).
 */
export function buildFilterIndex(view: TimelineView, locale: string): FilterIndex {
  const partiesOf = new Map(view.events.map((event) => [event, eventParties(event, view.index)] as const));
  const texts = new WeakMap<NegotiationEvent, string>();
  return {
    locale,
    types: count(view.events.map((event) => event.type)),
    parties: count([...partiesOf.values()].flat())
      .sort((a, b) => b.count - a.count)
      .slice(0, MAX_PARTY_FACETS),
    partiesOf,
    text(event) {
      let text = texts.get(event);
      if (text === undefined) {
        const { index } = view;
        const parts = [event.title, event.summary, event.place && index.placeName(event.place)];
        // Everyone it names (a delegation's head, a speaker) and the parties they stand for.
        for (const id of [...eventActors(event), ...(partiesOf.get(event) ?? [])])
          parts.push(index.actorName(id));
        if (event.type === 'statement') parts.push(event.quote, event.paraphrase);
        text = parts.filter(Boolean).join('\n').toLocaleLowerCase(locale);
        texts.set(event, text);
      }
      return text;
    },
  };
}

/** Whether the reader has narrowed the card at all. */
export function isFiltered(filter: TimelineFilter): boolean {
  return filter.types.size > 0 || filter.parties.size > 0 || filter.text.trim() !== '';
}

/**
 * The day groups to show: only events that pass the filter (any chosen type, any chosen party,
 * every word of the text), days left empty dropped, in the reader's order.
 */
export function filterDays(
  view: TimelineView,
  index: FilterIndex,
  filter: TimelineFilter,
  order: TimelineOrder,
  locale: string,
): DayGroup[] {
  const words = filter.text.toLocaleLowerCase(locale).split(/\s+/).filter(Boolean);
  const keep = (event: NegotiationEvent) =>
    (filter.types.size === 0 || filter.types.has(event.type)) &&
    (filter.parties.size === 0 ||
      (index.partiesOf.get(event) ?? []).some((party) => filter.parties.has(party))) &&
    (words.length === 0 || words.every((word) => index.text(event).includes(word)));
  const days: DayGroup[] = [];
  for (const day of view.days) {
    const events = isFiltered(filter) ? day.events.filter(keep) : [...day.events];
    if (events.length === 0) continue;
    days.push({ ...day, events: order === 'newest' ? events.reverse() : events });
  }
  return order === 'newest' ? days.reverse() : days;
}

/** The filter with `value` chosen, or unchosen if it was: what a chip does. */
export function toggled<T>(set: ReadonlySet<T>, value: T): Set<T> {
  const next = new Set(set);
  if (!next.delete(value)) next.add(value);
  return next;
}

/** The first `limit` events of `days`, cutting the last day short where the limit falls. */
export function firstEvents(days: readonly DayGroup[], limit: number): DayGroup[] {
  const out: DayGroup[] = [];
  for (const day of days) {
    if (limit <= 0) break;
    out.push(day.events.length <= limit ? day : { ...day, events: day.events.slice(0, limit) });
    limit -= day.events.length;
  }
  return out;
}
