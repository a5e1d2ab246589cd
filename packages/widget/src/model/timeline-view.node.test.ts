import { describe, expect, test } from 'vitest';
import { parseTimeline } from '@parley/core';
import istanbul from '@parley/core/examples/istanbul-2025-06-02.json' with { type: 'json' };
import { buildTimelineView } from './timeline-view.js';

const timeline = (events: Record<string, unknown>[], extra: Record<string, unknown> = {}) =>
  parseTimeline({
    id: 't',
    title: 'T',
    events: events.map((event, index) => ({
      type: 'context',
      id: `e${index}`,
      title: `E${index}`,
      ...event,
    })),
    ...extra,
  });

describe('buildTimelineView', () => {
  test('orders events by date and keeps the written order for ties', () => {
    const view = buildTimelineView(
      timeline([{ date: '2025-06-02' }, { date: '2025-05-16' }, { date: '2025-06-02' }, { date: '2025-05' }]),
    );
    expect(view.events.map((event) => event.id)).toEqual(['e3', 'e1', 'e0', 'e2']);
  });

  test('puts what is known only to precede a day just before that day', () => {
    const view = buildTimelineView(
      timeline([
        { date: '2025-06-02' },
        { date: '/2025-06-02' },
        { date: '2025-06-01' },
        { date: '2025-06-03/..' },
      ]),
    );
    expect(view.days.map((day) => [day.kind, day.date, day.events.map((event) => event.id)])).toEqual([
      ['date', '2025-06-01', ['e2']],
      ['by', '2025-06-02', ['e1']],
      ['date', '2025-06-02', ['e0']],
      ['from', '2025-06-03', ['e3']],
    ]);
  });

  test('groups times of the same day under one heading, and marks inexact dates', () => {
    const view = buildTimelineView(
      timeline([
        { date: '2025-06-02T09:00+03:00' },
        { date: '2025-06-02T15:00+03:00' },
        { date: '2025-06-02~' },
        { date: '2025-05', datePart: 'mid' },
      ]),
    );
    expect(view.days.map((day) => [day.date, day.part, day.inexact, day.events.length])).toEqual([
      ['2025-05', 'mid', true, 1],
      // The approximate day covers the whole day, so it starts before 09:00.
      ['2025-06-02~', undefined, true, 1],
      ['2025-06-02', undefined, false, 2],
    ]);
  });

  test('spans the timeline from its first to its last known day, unless it gives a period', () => {
    expect(
      buildTimelineView(timeline([{ date: '2025-06-02' }, { date: '2025-05-31/2025-06-01' }])).span,
    ).toBe('2025-05-31/2025-06-02');
    expect(buildTimelineView(timeline([{ date: '2025-06-02' }])).span).toBe('2025-06-02');
    expect(buildTimelineView(timeline([{ date: '2025-06-02' }], { period: '2025-05/2025-06' })).span).toBe(
      '2025-05/2025-06',
    );
    expect(buildTimelineView(timeline([])).span).toBeUndefined();
  });

  test('derives the Istanbul example’s At-a-glance summary and venues from its data', () => {
    const view = buildTimelineView(parseTimeline(istanbul));
    expect(view.glance.agreed.map(({ provision }) => provision.kind)).toEqual([
      'prisoner-exchange',
      'remains-exchange',
    ]);
    expect(view.glance.exchanged.map((event) => event.id)).toEqual([
      'ukrainian-memorandum',
      'russian-memorandum-delivered',
    ]);
    expect(view.glance.next.map(({ event }) => event.id)).toEqual(['leaders-meeting-discussed']);
    expect(view.venues).toEqual(['ciragan-palace']);
    expect(view.days.flatMap((day) => day.events)).toHaveLength(istanbul.events.length);
  });

  test('counts a follow-up meeting as what comes next, not as what was agreed, and skips settled proposals', () => {
    const view = buildTimelineView(
      timeline(
        [
          {
            type: 'agreement',
            date: '2025-06-02',
            parties: ['ua'],
            status: 'agreed',
            provisions: [
              { kind: 'ceasefire', description: 'A ceasefire.' },
              { kind: 'follow-up-meeting', description: 'Meet again in a month.' },
            ],
          },
          { type: 'proposal', date: '2025-06-02', subject: 'talks', status: 'rejected' },
          { type: 'proposal', date: '2025-06-02', subject: 'ceasefire', status: 'proposed' },
        ],
        { actors: [{ id: 'ua', kind: 'state', name: 'Ukraine', country: 'UA' }] },
      ),
    );
    expect(view.glance.agreed.map(({ provision }) => provision.kind)).toEqual(['ceasefire']);
    expect(view.glance.next.map(({ event, provision }) => provision?.kind ?? event.id)).toEqual([
      'follow-up-meeting',
      'e2',
    ]);
  });
});
