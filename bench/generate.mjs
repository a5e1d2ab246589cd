// The data every library is given: one Parley timeline per size, generated once from a fixed seed,
// then converted to TimelineJS3's JSON and to vis-timeline's DataSet items.
//
// The events are those of packages/core/examples/istanbul-2025-06-02.json (all eight event types
// with their details, delegations, claims, 13 actors, citations), drawn at random from a seeded
// generator, a day or two apart. Every title ends in its position, "[1,234]", so the last event's
// title occurs once on the page and a search for it finds that event and no other; references
// (`related`, `relations`, `talks`) only point back, so no earlier event repeats the last one's title either.

/** A small deterministic PRNG (mulberry32): the same seed gives the same timelines on every machine. */
function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);

/**
 * A valid Parley timeline of `count` events like those of `example` (a Parley document).
 * @param {object} example
 * @param {number} count
 * @param {number} [seed]
 */
export function generateTimeline(example, count, seed = 20250602) {
  const random = mulberry32(seed + count);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const sources = [
    ...example.sources,
    { id: 'wire-report', publisher: 'A wire service', kind: 'wire', url: 'https://example.com/wire' },
    { id: 'broadcast', publisher: 'A broadcaster', kind: 'broadcast', url: 'https://example.com/tv' },
    { id: 'ministry', publisher: 'A foreign ministry', kind: 'official', url: 'https://example.com/mfa' },
  ];
  const events = [];
  let day = Date.UTC(2025, 0, 1);
  let lastTalks;
  let round = 0;
  for (let index = 0; index < count; index++) {
    const event = structuredClone(pick(example.events));
    day += Math.floor(random() * 3) * DAY;
    event.id = `${event.id}-${index + 1}`;
    // Every event on one day: each library can show a day (TimelineJS and vis need one).
    event.date = isoDay(day);
    delete event.datePart;
    event.title = `${event.title} [${(index + 1).toLocaleString('en')}]`;
    if (event.type === 'talks') {
      round = Math.min(round + 1, 10_000);
      event.round = round;
      lastTalks = event.id;
    }
    if ('talks' in event) {
      if (lastTalks && lastTalks !== event.id) event.talks = lastTalks;
      else delete event.talks;
    }
    if (event.related) {
      const earlier = [...new Set([pick(events), pick(events)])].filter(Boolean);
      if (earlier.length) event.related = earlier.map((other) => other.id);
      else delete event.related;
    }
    if (event.relations) {
      const earlier = pick(events);
      if (earlier) event.relations = [{ kind: event.relations[0].kind, event: earlier.id }];
      else delete event.relations;
    }
    event.citations = event.citations?.map((citation) => ({ ...citation, source: pick(sources).id }));
    events.push(event);
  }
  const timeline = {
    ...example,
    id: `comparison-${count}`,
    title: `Negotiations, ${count.toLocaleString('en')} events`,
    sources,
    events,
  };
  // The example's period would not cover the generated dates; the cards show the events' span.
  delete timeline.period;
  // As a page meets it: decoded JSON, not objects built with spreads (V8 shapes differ).
  return JSON.parse(JSON.stringify(timeline));
}

const escapeHtml = (text) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char],
  );

/** The text a reader sees under the headline: the summary, else what was said. */
const bodyText = (event) => event.summary ?? event.paraphrase ?? event.quote ?? '';

/**
 * TimelineJS3's JSON format (timeline.knightlab.com/docs/json-format.html): a title slide, and
 * one slide per event with its date, headline and text. Its `text` fields are HTML, so escaped.
 */
export function toTimelineJs(timeline) {
  return {
    title: { text: { headline: escapeHtml(timeline.title), text: escapeHtml(timeline.summary ?? '') } },
    events: timeline.events.map((event) => {
      const [year, month, day] = event.date.split('-').map(Number);
      return {
        unique_id: event.id,
        start_date: { year, month, day },
        text: { headline: escapeHtml(event.title), text: escapeHtml(bodyText(event)) },
      };
    }),
  };
}

/** vis-timeline DataSet items: one point item per event, its title as the (escaped HTML) content. */
export function toVisItems(timeline) {
  return timeline.events.map((event) => ({
    id: event.id,
    content: escapeHtml(event.title),
    start: event.date,
  }));
}
