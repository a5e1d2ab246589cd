import { safeParseTimeline, type SafeParseTimelineResult } from '../../parse/parse-timeline.js';
import type { EventType } from '../../schemas/event.js';
import { htmlToText } from './html-to-text.js';
import type { TimelineJsDate, TimelineJsDocument, TimelineJsSlide } from './types.js';

/** Something in the TimelineJS document that has no place in a Parley timeline, and was left out. */
export interface TimelineJsImportWarning {
  readonly code: 'not_mapped';
  readonly message: string;
  /** Where in the TimelineJS document, e.g. `['events', 3, 'media']`. */
  readonly path: readonly (string | number)[];
}

/** The result of `importTimelineJs`: the validated timeline (or its issues) and what was left out. */
export type ImportTimelineJsResult = SafeParseTimelineResult & {
  readonly dropped: readonly TimelineJsImportWarning[];
};

/**
 * The event types, as a group name may give them. A copy of EVENT_TYPES, since that module loads
 * zod; the test checks that the two agree.
 */
export const _EVENT_TYPES = [
  'talks',
  'agreement',
  'document',
  'statement',
  'proposal',
  'military-action',
  'sanctions',
  'context',
] as const satisfies readonly EventType[];

/** Whether an event of this type is valid with only what TimelineJS holds (a statement needs a speaker). */
const standalone = new Map<string, boolean>();
function standsAlone(type: string): boolean {
  let known = standalone.get(type);
  if (known === undefined) {
    const event = { type, id: 'e', date: '2025', title: 'x' };
    known = safeParseTimeline({ id: 't', title: 't', events: [event] }).success;
    standalone.set(type, known);
  }
  return known;
}

const two = (value: number) => String(value).padStart(2, '0');

/** A TimelineJS date object as a Parley date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, with a time). */
function toDate(date: TimelineJsDate | undefined): string | undefined {
  if (!date || date.year === undefined || date.year === '') return undefined;
  const number = (value: number | string | undefined) =>
    value === undefined || value === '' ? undefined : Number(value);
  const year = number(date.year);
  if (year === undefined || !Number.isInteger(year) || year < 0 || year > 9999) return undefined;
  let text = String(year).padStart(4, '0');
  const month = number(date.month);
  const day = number(date.day);
  const hour = number(date.hour);
  const minute = number(date.minute);
  if (month === undefined) return text;
  text += `-${two(month)}`;
  if (day === undefined) return text;
  text += `-${two(day)}`;
  if (hour === undefined) return text;
  return `${text}T${two(hour)}:${two(minute ?? 0)}`;
}

/** A Parley id from any text: lower case, letters, digits and hyphens. */
function slug(text: string, fallback: string): string {
  const made = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return made || fallback;
}

/** An http(s) URL; a protocol-relative `//host/…` gets https. */
function httpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const absolute = url.startsWith('//') ? `https:${url}` : url;
  return /^https?:\/\/[^\s]+$/i.test(absolute) ? absolute : undefined;
}

/**
 * Imports a Knight Lab TimelineJS3 JSON document as a Parley timeline, and validates it.
 *
 * Mapped: the title slide's headline and text (title, summary), and per slide its dates
 * (`start_date`/`end_date` → `date`), `text.headline` → title, `text.text` → summary, `group` →
 * the event type when it names one that needs no more than TimelineJS holds (else `context`), `unique_id` → id, and `media` with an
 * http(s) url, a caption and a credit → an image. HTML in any text becomes plain text, never
 * passed through. Everything else (eras, `display_date`, backgrounds, media without a caption or
 * credit, times' seconds) is listed in `dropped`, one warning per thing left out.
 *
 * @param input - A parsed TimelineJS3 JSON document.
 * @returns The result of `safeParseTimeline` on the mapped timeline, plus `dropped`.
 */
export function importTimelineJs(input: unknown): ImportTimelineJsResult {
  const dropped: TimelineJsImportWarning[] = [];
  const drop = (path: (string | number)[], message: string) =>
    dropped.push({ code: 'not_mapped', message, path });
  const doc = (input && typeof input === 'object' ? input : {}) as TimelineJsDocument;
  const title = doc.title;
  const headline = htmlToText(title?.text?.headline ?? '');
  const timeline: Record<string, unknown> = {
    id: slug(title?.unique_id ?? headline, 'timelinejs-import'),
    title: headline || 'Untitled timeline',
  };
  const summary = htmlToText(title?.text?.text ?? '');
  if (summary) timeline.summary = summary;
  if (title?.media) drop(['title', 'media'], 'The title slide’s media has no place in a Parley timeline.');
  if (title?.background) drop(['title', 'background'], 'Slide backgrounds are not kept.');

  const images: Record<string, unknown>[] = [];
  const ids = new Set<string>();
  const events = (Array.isArray(doc.events) ? doc.events : []).flatMap((slide: TimelineJsSlide, index) => {
    const at = (...path: (string | number)[]) => ['events', index, ...path];
    const from = toDate(slide.start_date);
    if (!from) {
      drop(at('start_date'), 'A slide without a start date (a year at least) cannot become an event.');
      return [];
    }
    const to = toDate(slide.end_date);
    const eventTitle = htmlToText(slide.text?.headline ?? '') || `Event ${index + 1}`;
    let id = slug(slide.unique_id ?? eventTitle, `event-${index + 1}`);
    while (ids.has(id)) id = `${id}-${index + 1}`;
    ids.add(id);
    const group = slide.group?.trim();
    const named = group !== undefined && (_EVENT_TYPES as readonly string[]).includes(group);
    const type = named && standsAlone(group) ? group : 'context';
    if (group && type !== group)
      drop(
        at('group'),
        named
          ? `A "${group}" event needs fields TimelineJS cannot hold; the event is "context".`
          : `The group "${group}" is not an event type; the event is "context".`,
      );
    const event: Record<string, unknown> = { type, id, date: to ? `${from}/${to}` : from, title: eventTitle };
    const text = htmlToText(slide.text?.text ?? '');
    if (text) event.summary = text;
    if (slide.display_date ?? slide.start_date?.display_date)
      drop(at('display_date'), 'display_date is not kept: Parley writes dates from the date itself.');
    if (slide.background) drop(at('background'), 'Slide backgrounds are not kept.');
    if (slide.media) {
      const url = httpUrl(slide.media.url);
      const caption = htmlToText(slide.media.caption ?? '');
      const credit = htmlToText(slide.media.credit ?? '');
      if (url && caption && credit) {
        const image = { id: `${id}-image`, url, caption, credit };
        images.push(image);
        event.image = image.id;
      } else
        drop(
          at('media'),
          `The media is not kept: ${!url ? 'its url is not http(s)' : 'a Parley image needs a caption and a credit'}.`,
        );
    }
    return [event];
  });
  timeline.events = events;
  if (images.length > 0) timeline.images = images;
  (Array.isArray(doc.eras) ? doc.eras : []).forEach((_, index) =>
    drop(
      ['eras', index],
      'Eras have no place in a Parley timeline; use the timeline’s period, or context events.',
    ),
  );
  return { ...safeParseTimeline(timeline), dropped };
}
