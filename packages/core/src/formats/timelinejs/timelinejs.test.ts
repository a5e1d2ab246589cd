import { describe, expect, test } from 'vitest';
import { EVENT_TYPES } from '../../schemas/event.js';
import { parseTimeline } from '../../parse/parse-timeline.js';
import type { Timeline } from '../../schemas/timeline.js';
import istanbul from '../../../examples/istanbul-2025-06-02.json' with { type: 'json' };
import { _EVENT_TYPES } from './import-timelinejs.js';
import { exportTimelineJs, htmlToText, importTimelineJs, type TimelineJsDocument } from './index.js';

// A document in the shape of Knight Lab's public examples (dates as objects of strings, HTML in
// text and credits, media from several hosts, groups and eras), written for this test.
const KNIGHT_LAB_SHAPED: TimelineJsDocument = {
  title: {
    media: { url: '//images.example/summit.jpg', caption: 'The summit hall.', credit: 'Example Wire' },
    text: {
      headline: 'Road to the <em>ceasefire</em><br/> 2025',
      text: '<p>How the talks went, round by round &amp; week by week.</p>',
    },
  },
  events: [
    {
      media: {
        url: 'https://images.example/round-1.jpg',
        caption: 'Delegations arrive.',
        credit: "<a href='https://images.example/'>Example Photo</a>",
      },
      start_date: { month: '5', day: '16', year: '2025' },
      text: {
        headline: 'First round',
        text: '<p>Talks at the palace<script>alert(1)</script> end after <b>two hours</b>.</p>',
      },
      group: 'talks',
    },
    {
      start_date: { year: '2025', month: '6', day: '1', hour: '9', minute: '30' },
      end_date: { year: '2025', month: '6', day: '2' },
      display_date: 'Overnight into Sunday',
      text: { headline: 'Drone strikes', text: 'Reported overnight.' },
      group: 'Military',
      media: { url: '/static/img/local.jpg', caption: 'Local file', credit: 'Us' },
    },
    { start_date: { year: 2025, month: 6, day: 2 }, text: { headline: 'Second round' }, group: 'talks' },
    { text: { headline: 'No date at all' } },
  ],
  eras: [
    {
      start_date: { year: '2025', month: '5' },
      end_date: { year: '2025', month: '6' },
      text: { headline: 'Spring talks' },
    },
  ],
};

describe('importTimelineJs', () => {
  test('maps a Knight Lab-shaped document to a valid timeline, with warnings for what it leaves out', () => {
    const result = importTimelineJs(KNIGHT_LAB_SHAPED);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data).toEqual({
      id: 'road-to-the-ceasefire-2025',
      title: 'Road to the ceasefire 2025',
      summary: 'How the talks went, round by round & week by week.',
      events: [
        {
          type: 'talks',
          id: 'first-round',
          date: '2025-05-16',
          title: 'First round',
          summary: 'Talks at the palace end after two hours.',
          image: 'first-round-image',
        },
        {
          type: 'context',
          id: 'drone-strikes',
          date: '2025-06-01T09:30/2025-06-02',
          title: 'Drone strikes',
          summary: 'Reported overnight.',
        },
        { type: 'talks', id: 'second-round', date: '2025-06-02', title: 'Second round' },
      ],
      images: [
        {
          id: 'first-round-image',
          url: 'https://images.example/round-1.jpg',
          caption: 'Delegations arrive.',
          credit: 'Example Photo',
        },
      ],
    });
    expect(result.dropped.map(({ path, message }) => `${path.join('.')}: ${message}`)).toEqual([
      'title.media: The title slide’s media has no place in a Parley timeline.',
      'events.1.group: The group "Military" is not an event type; the event is "context".',
      'events.1.display_date: display_date is not kept: Parley writes dates from the date itself.',
      'events.1.media: The media is not kept: its url is not http(s).',
      'events.3.start_date: A slide without a start date (a year at least) cannot become an event.',
      'eras.0: Eras have no place in a Parley timeline; use the timeline’s period, or context events.',
    ]);
  });

  test('reports an impossible date as a Parley issue', () => {
    const result = importTimelineJs({
      events: [{ start_date: { year: '2025', month: '2', day: '30' }, text: { headline: 'x' } }],
    });
    expect(!result.success && result.error.issues).toMatchObject([
      { code: 'invalid_date', path: ['events', 0, 'date'] },
    ]);
  });

  test('knows every event type', () => {
    expect([..._EVENT_TYPES]).toEqual([...EVENT_TYPES]);
  });
});

describe('exportTimelineJs', () => {
  test('escapes text, since TimelineJS renders it as HTML', () => {
    const out = exportTimelineJs(
      parseTimeline({
        id: 't',
        title: 'A <b> & "c"',
        events: [{ type: 'context', id: 'e', date: '2025', title: '<img src=x onerror=alert(1)>' }],
      }),
    );
    expect(out.title?.text?.headline).toBe('A &lt;b&gt; &amp; &quot;c&quot;');
    expect(out.events?.[0]?.text?.headline).toBe('&lt;img src=x onerror=alert(1)&gt;');
  });

  test('round-trips what TimelineJS can show: ids, dates, titles, summaries, types and images', () => {
    const timeline = istanbul as Timeline;
    const back = importTimelineJs(JSON.parse(JSON.stringify(exportTimelineJs(timeline))));
    expect(back.success ? [] : back.error.issues).toEqual([]);
    if (!back.success) return;
    expect(back.data.title).toBe(timeline.title);
    expect(back.data.summary).toBe(timeline.summary);
    // Types other than talks and context need fields TimelineJS has no place for (a speaker, …);
    // dates lose what its date parts cannot hold: qualifiers (~ ? %), offsets, seconds, and an
    // unknown or open start (such an event is shown at its end).
    const kept = (events: Timeline['events']) =>
      events.map(({ id, type, date, title, summary }) => ({
        id,
        type: type === 'talks' ? type : 'context',
        date: date
          .replace(/[~?%]/g, '')
          .replace(/(T\d{2}:\d{2})(?::\d{2})?(Z|[+-]\d{2}:\d{2})?/g, '$1')
          .replace(/^(\.\.)?\//, ''),
        title,
        summary,
      }));
    expect(kept(back.data.events)).toEqual(kept(timeline.events));
    const imageOf = (t: Timeline, id: string) => {
      const event = t.events.find((e) => e.id === id)!;
      const image = t.images?.find((i) => i.id === event.image);
      return image && image.url
        ? { url: image.url, caption: image.caption, credit: image.credit }
        : undefined;
    };
    for (const event of timeline.events)
      expect(imageOf(back.data, event.id)).toEqual(imageOf(timeline, event.id));
    expect(back.dropped.map((warning) => warning.path[2])).toEqual(
      timeline.events.flatMap((event) => (['talks', 'context'].includes(event.type) ? [] : ['group'])),
    );
  });
});

describe('htmlToText', () => {
  test('drops tags, scripts and styles, decodes references and folds white space', () => {
    expect(
      htmlToText('<p>One&nbsp;&amp;<br>two</p><style>p{}</style><script>x()</script> &#x41;&#66; &lt;b&gt;'),
    ).toBe('One & two AB <b>');
  });
});
