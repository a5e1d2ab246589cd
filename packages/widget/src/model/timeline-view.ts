import {
  parseParleyDate,
  type Agreement,
  type DatePoint,
  type DocumentEvent,
  type NegotiationEvent,
  type Proposal,
  type Provision,
  type Timeline,
} from '@parley/core';
import { plainDay } from './plain-day.js';
import { TimelineIndex } from './timeline-index.js';

/**
 * How a day heading reads: one known day or a coarser date shown as written (`date`), or an
 * interval known only by one end ("By 1 June 2025", "From 3 June 2025").
 */
export type DayKind = 'date' | 'by' | 'from';

/** Consecutive events that share a day heading. */
export interface DayGroup {
  /** What consecutive events share to fall under one heading: kind, date and part of the month. */
  readonly key: string;
  readonly kind: DayKind;
  /** The Parley date the heading shows (for `by`/`from`, the known end). */
  readonly date: string;
  /** "mid" for "mid-May", where the events say so. */
  readonly part: NegotiationEvent['datePart'];
  /** The exact day is not known: an interval, a month, a year, or an approximate date. */
  readonly inexact: boolean;
  readonly events: readonly NegotiationEvent[];
}

/** The reader's summary: what was agreed, what changed hands, what is to come. Each links to its event. */
export interface AtAGlance {
  readonly agreed: readonly { readonly event: Agreement; readonly provision: Provision }[];
  readonly exchanged: readonly DocumentEvent[];
  readonly next: readonly (
    | { readonly event: Proposal; readonly provision?: undefined }
    | { readonly event: Agreement; readonly provision: Provision }
  )[];
}

/** Everything the card derives from a timeline before it renders; built once per timeline. */
export interface TimelineView {
  readonly timeline: Timeline;
  readonly index: TimelineIndex;
  /** Events in reading order: by date, then as written. */
  readonly events: readonly NegotiationEvent[];
  readonly days: readonly DayGroup[];
  /** The period the timeline covers: its own `period`, else from its first to its last event. */
  readonly span: string | undefined;
  /** Place ids of the talks, in the order they happened, each once. */
  readonly venues: readonly string[];
  readonly glance: AtAGlance;
}

/** A point as a Parley date at day precision or coarser, its qualifiers kept. */
function dayText(point: DatePoint): string {
  return plainDay(point) + (point.approximate ? '~' : '') + (point.uncertain ? '?' : '');
}

interface Placed {
  readonly event: NegotiationEvent;
  readonly order: number;
  /** Sort keys: where the event starts and ends, in ms (see `place`). */
  readonly start: number;
  readonly end: number;
  readonly kind: DayKind;
  readonly date: string;
  readonly inexact: boolean;
  /** The first and last known days it may fall on, for the timeline's span. */
  readonly firstDay?: string | undefined;
  readonly lastDay?: string | undefined;
}

/** A Placed with every field set, in one order: one object shape for all events (no spreads). */
function placed(
  event: NegotiationEvent,
  order: number,
  start: number,
  end: number,
  kind: DayKind,
  date: string,
  inexact: boolean,
  firstDay: string | undefined,
  lastDay: string | undefined,
): Placed {
  return { event, order, start, end, kind, date, inexact, firstDay, lastDay };
}

/**
 * Where an event goes and under which heading, from one parse of its date. Intervals known only
 * by their end ("by 1 June") are placed just before that day: what was done by then, then the day.
 */
function place(event: NegotiationEvent, order: number): Placed {
  const parsed = parseParleyDate(event.date);
  // The parser has already checked every date; this keeps an unexpected one visible, not lost.
  if (!parsed.success)
    return placed(event, order, Infinity, Infinity, 'date', event.date, true, undefined, undefined);
  const value = parsed.date;
  if (value.kind === 'point') {
    const day = dayText(value);
    const coarse = value.precision === 'year' || value.precision === 'month';
    const inexact = coarse || value.approximate || value.uncertain;
    return placed(event, order, value.start, value.end, 'date', day, inexact, day, day);
  }
  const { from, to } = value;
  const firstDay = typeof from === 'string' ? undefined : dayText(from);
  const lastDay = typeof to === 'string' ? undefined : dayText(to);
  if (typeof from !== 'string' && typeof to !== 'string')
    return placed(event, order, from.start, to.end, 'date', event.date, true, firstDay, lastDay);
  if (typeof to !== 'string')
    return placed(event, order, to.start - 1, to.end, 'by', lastDay!, true, undefined, lastDay);
  if (typeof from !== 'string')
    return placed(event, order, from.start, Infinity, 'from', firstDay!, true, firstDay, undefined);
  return placed(event, order, Infinity, Infinity, 'date', event.date, true, undefined, undefined);
}

function byDate(a: Placed, b: Placed): number {
  return a.start - b.start || a.end - b.end || a.order - b.order;
}

function glance(events: readonly NegotiationEvent[]): AtAGlance {
  const agreed: { event: Agreement; provision: Provision }[] = [];
  const exchanged: DocumentEvent[] = [];
  const next: AtAGlance['next'][number][] = [];
  for (const event of events) {
    if (event.type === 'agreement') {
      for (const provision of event.provisions)
        (provision.kind === 'follow-up-meeting' ? next : agreed).push({ event, provision });
    } else if (event.type === 'document' && event.status === 'delivered') exchanged.push(event);
    else if (event.type === 'proposal' && event.status !== 'rejected' && event.status !== 'accepted')
      next.push({ event });
  }
  return { agreed, exchanged, next };
}

/**
 * Derives the card's view of a validated timeline: events in order with their sort keys computed
 * once, day groups, the span, the venues and the At-a-glance summary. Pure: no DOM, no locale.
 *
 * @param timeline - A timeline that passed `@parley/core`'s parser.
 * @returns The view the templates render.
 */
export function buildTimelineView(timeline: Timeline): TimelineView {
  const placed = timeline.events.map(place).sort(byDate);
  const events = placed.map((item) => item.event);
  const days: DayGroup[] = [];
  let group: NegotiationEvent[] = [];
  for (const item of placed) {
    const part = item.event.datePart;
    const key = `${item.kind}:${item.date}:${part ?? ''}`;
    if (days.at(-1)?.key !== key) {
      group = [];
      days.push({ key, kind: item.kind, date: item.date, part, inexact: item.inexact, events: group });
    }
    group.push(item.event);
  }
  const firstDay = placed.find((item) => item.firstDay)?.firstDay;
  const lastDay = placed.reduce<string | undefined>((last, item) => item.lastDay ?? last, undefined);
  const span =
    timeline.period ??
    (firstDay && lastDay && firstDay !== lastDay ? `${firstDay}/${lastDay}` : (firstDay ?? lastDay));
  const venues = [
    ...new Set(events.flatMap((event) => (event.type === 'talks' && event.place ? [event.place] : []))),
  ];
  return { timeline, index: new TimelineIndex(timeline), events, days, span, venues, glance: glance(events) };
}
