import { describe, expect, test } from 'vitest';
import { compareDates } from '../../dates/compare-dates.js';
import { parseTimeline } from '../../parse/parse-timeline.js';
import type { Timeline } from '../../schemas/timeline.js';
import istanbul from '../../../examples/istanbul-2025-06-02.json' with { type: 'json' };
import { escapeHtml, renderTimelineHtml, stringifyJsonForScript } from './index.js';

const timeline = parseTimeline(istanbul);

/** Every tag name in the markup, and every attribute with its value. */
function markup(html: string): { tags: Set<string>; attributes: { name: string; value: string }[] } {
  const tags = new Set<string>();
  const attributes: { name: string; value: string }[] = [];
  for (const [, name, rest] of html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
    tags.add(name!.toLowerCase());
    for (const [, attribute, value] of rest!.matchAll(/\s([^\s=]+)(?:="([^"]*)")?/g))
      attributes.push({ name: attribute!, value: value ?? '' });
  }
  return { tags, attributes };
}

const ALLOWED_TAGS = [
  'section',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'ol',
  'ul',
  'li',
  'article',
  'time',
  'figure',
  'blockquote',
  'figcaption',
  'a',
];

/** A timeline whose every text tries to break out of the markup; the links are not http(s). */
const hostile = {
  id: 't',
  title: '<script>alert(1)</script>',
  summary: '" onerror="alert(2)',
  language: 'en" onload="alert(3)',
  actors: [{ kind: 'person', id: 'p', name: '<img src=x onerror=alert(4)>' }],
  places: [{ id: 'pl', name: "Palace' onmouseover='alert(5)", country: 'TR' }],
  sources: [
    { id: 's', publisher: 'Wire', url: 'javascript:alert(6)', archivedUrl: 'data:text/html,<b>x</b>' },
    { id: 'ok', publisher: 'Paper', url: 'https://news.example/a?b=1&c="2"' },
  ],
  events: [
    {
      type: 'statement',
      id: 'e',
      date: '2025-06-02',
      title: 'Quote </blockquote><style>*{}</style>',
      speaker: 'p',
      quote: '</p></blockquote></figure><script src=//evil.example></script>',
      place: 'pl',
      citations: [
        { source: 's', kind: 'claim', claimant: 'p', quote: '<a href="javascript:alert(7)">x</a>' },
        { source: 'ok', kind: 'fact' },
      ],
    },
  ],
} as unknown as Timeline;

describe('renderTimelineHtml', () => {
  test('escapes hostile text: only its own tags and attributes, and no script, style or handler', () => {
    const html = renderTimelineHtml(hostile);
    const { tags, attributes } = markup(html);
    expect([...tags].filter((tag) => !ALLOWED_TAGS.includes(tag))).toEqual([]);
    expect(
      attributes.filter(({ name }) => !['lang', 'datetime', 'href', 'rel', 'cite'].includes(name)),
    ).toEqual([]);
    // Handlers and tags in the text are only text: the attribute and tag lists above prove it.
    expect(html).not.toMatch(/<script|<style|<img/i);
    // The words are all there, as text.
    expect(html).toContain(escapeHtml('<script>alert(1)</script>'));
    expect(html).toContain(escapeHtml('<img src=x onerror=alert(4)>'));
    expect(html).toContain(escapeHtml("Palace' onmouseover='alert(5)"));
  });

  test('keeps only http(s) links, escaped, and drops javascript: and data: ones', () => {
    const html = renderTimelineHtml(hostile);
    const links = markup(html).attributes.filter(({ name }) => name === 'href' || name === 'cite');
    expect(links.map(({ value }) => value)).toEqual([escapeHtml('https://news.example/a?b=1&c="2"')]);
    expect(html).not.toMatch(/="(javascript|data):/);
    // The source without a safe link is still named, as text.
    expect(html).toContain('Sources: Wire; <a href=');
  });

  test('gives a quote the http(s) link of its source as cite, and says who said it', () => {
    const quoted = {
      ...hostile,
      events: [
        {
          type: 'context',
          id: 'c',
          date: '2025-06-02',
          title: 'Quoted',
          citations: [{ source: 'ok', kind: 'claim', claimant: 'p', quote: 'going nowhere' }],
        },
      ],
    } as unknown as Timeline;
    expect(renderTimelineHtml(quoted)).toContain(
      `<figure><blockquote cite="${escapeHtml('https://news.example/a?b=1&c="2"')}"><p>going nowhere</p></blockquote>` +
        `<figcaption>— ${escapeHtml('<img src=x onerror=alert(4)>')}</figcaption></figure>`,
    );
  });

  test('lists every event of the Istanbul example in date order, each title once, with its date', () => {
    const html = renderTimelineHtml(timeline);
    const titles = [...html.matchAll(/<h3>([^<]*)<\/h3>/g)].map(([, title]) => title);
    const inOrder = [...timeline.events].sort((a, b) => compareDates(a.date, b.date));
    expect(titles).toEqual(inOrder.map((event) => escapeHtml(event.title)));
    const datetimes = [...html.matchAll(/<time datetime="([^"]*)">/g)].map(([, value]) => value);
    expect(datetimes).toHaveLength(timeline.events.length);
  });

  test('puts headings at the level asked for, events one below, and dates in the language asked for', () => {
    const html = renderTimelineHtml(timeline, { headingLevel: 3, locale: 'uk' });
    expect(html).toMatch(/^<section lang="uk">\n<h3>/);
    expect(html).toContain('<h4>');
    expect(html).not.toContain('<h2>');
    expect(html).toContain('<time datetime="2025-06-02">2 червня 2025');
    expect(renderTimelineHtml(timeline, { headingLevel: 6 })).toContain('<h6>');
  });
});

describe('stringifyJsonForScript', () => {
  test('never writes < > & so no string can close a <script>, and parses back to the same value', () => {
    const value = { title: '</script><!-- <script>', note: 'a & b \u2028' };
    const json = stringifyJsonForScript(value, 2);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  test('refuses what JSON cannot hold', () => {
    expect(() => stringifyJsonForScript(undefined)).toThrow(new TypeError('Cannot write undefined as JSON.'));
  });
});
