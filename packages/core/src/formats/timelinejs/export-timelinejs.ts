import type { Timeline } from '../../schemas/timeline.js';
import { textToHtml } from './html-to-text.js';
import type { TimelineJsDate, TimelineJsDocument, TimelineJsSlide } from './types.js';

const PART = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?)?)?/;

/** The parts of one end of a Parley date, or undefined for an open or unknown end. */
export function _dateParts(text: string): TimelineJsDate | undefined {
  const match = PART.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second] = match;
  const parts: TimelineJsDate = { year: Number(year) };
  if (month) parts.month = Number(month);
  if (day) parts.day = Number(day);
  if (hour) parts.hour = Number(hour);
  if (minute) parts.minute = Number(minute);
  if (second) parts.second = Number(second);
  return parts;
}

/**
 * Writes a timeline as TimelineJS3 JSON, keeping what TimelineJS can show: the title slide (title
 * and summary), and per event its id (`unique_id`), dates (`start_date`, `end_date` for an
 * interval), title (`text.headline`), summary (`text.text`), type (`group`) and image (`media`
 * with url, caption and credit). Text is HTML-escaped, since TimelineJS renders it as HTML.
 *
 * Hint: `importTimelineJs` reads it back; what TimelineJS has no place for (actors, places,
 * sources, delegations, quotes, qualifiers such as `~`) is left out.
 */
export function exportTimelineJs(timeline: Timeline): TimelineJsDocument {
  const images = new Map((timeline.images ?? []).map((image) => [image.id, image]));
  const events = timeline.events.flatMap((event): TimelineJsSlide[] => {
    const [from = '', to = ''] = event.date.split('/');
    // TimelineJS needs a start: an interval with an open or unknown start is shown at its end.
    const start = _dateParts(from) ?? _dateParts(to);
    if (!start) return [];
    const end = _dateParts(from) ? _dateParts(to) : undefined;
    const image = event.image ? images.get(event.image) : undefined;
    return [
      {
        unique_id: event.id,
        start_date: start,
        ...(end ? { end_date: end } : {}),
        text: {
          headline: textToHtml(event.title),
          ...(event.summary ? { text: textToHtml(event.summary) } : {}),
        },
        group: event.type,
        ...(image?.url
          ? {
              media: { url: image.url, caption: textToHtml(image.caption), credit: textToHtml(image.credit) },
            }
          : {}),
      },
    ];
  });
  return {
    title: {
      unique_id: timeline.id,
      text: {
        headline: textToHtml(timeline.title),
        ...(timeline.summary ? { text: textToHtml(timeline.summary) } : {}),
      },
    },
    events,
  };
}
