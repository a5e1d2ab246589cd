import { noChange } from 'lit';
import { describe, expect, test } from 'vitest';
import type { NegotiationEvent } from '@parley/core';
import type { DayGroup } from '../model/timeline-view.js';
import { DayRenders } from './day-renders.js';

/** A day of events with these ids. */
function day(...ids: string[]): DayGroup {
  const events = ids.map(
    (id) => ({ type: 'context', id, date: '2025-06-02', title: id }) as NegotiationEvent,
  );
  return { key: ids.join(), kind: 'date', date: '2025-06-02', part: undefined, inexact: false, events };
}

const INPUTS = ['en'];
const render = (each: DayGroup, full: boolean) => (full ? each.key : `${each.key} (words)`);
const NOTHING_OPEN = new Set<string>();
const at = (over: Partial<Parameters<DayRenders['values']>[1]> = {}) => ({
  inputs: INPUTS,
  open: NOTHING_OPEN,
  active: undefined,
  body: undefined,
  printing: false,
  budget: 100,
  full: () => true,
  ...over,
});

describe('DayRenders', () => {
  const days = [day('a', 'b'), day('c'), day('d')];

  test('renders each day once, then leaves it alone while nothing it shows changes', () => {
    const renders = new DayRenders();
    expect(renders.values(days, at(), render)).toEqual(['a,b', 'c', 'd']);
    expect(renders.values(days, at({ inputs: ['en'] }), render)).toEqual([noChange, noChange, noChange]);
  });

  test('renders again only the day of an event that opened, or that the tab stop moved into', () => {
    const renders = new DayRenders();
    renders.values(days, at(), render);
    expect(renders.values(days, at({ open: new Set(['c']) }), render)).toEqual([noChange, 'c', noChange]);
    expect(renders.values(days, at({ open: new Set(['c']), active: 'd' }), render)).toEqual([
      noChange,
      noChange,
      'd',
    ]);
  });

  test('renders again at most `budget` events of days on the page, and says the rest are pending', () => {
    const renders = new DayRenders();
    renders.values(days, at(), render);
    const all = new Set(['a', 'b', 'c', 'd']);
    expect(renders.values(days, at({ open: all, budget: 2 }), render)).toEqual(['a,b', noChange, noChange]);
    expect(renders.pending).toBe(true);
    expect(renders.values(days, at({ open: all, budget: 2 }), render)).toEqual([noChange, 'c', 'd']);
    expect(renders.pending).toBe(false);
  });

  test('the renderer of details arriving renders again the days whose details are on the page', () => {
    const renders = new DayRenders();
    const open = new Set(['d']);
    renders.values(days, at({ open }), render);
    expect(renders.values(days, at({ open, body: render }), render)).toEqual([noChange, noChange, 'd']);
    // While printing, every event's details are rendered: every day needs it.
    const printing = new DayRenders();
    printing.values(days, at({ printing: true }), render);
    expect(printing.values(days, at({ printing: true, body: render }), render)).toEqual(['a,b', 'c', 'd']);
  });

  test('renders a day again in full once its block has been shown, and only then', () => {
    const renders = new DayRenders();
    let shown = 1;
    const upTo = at({ full: (index) => index < shown });
    expect(renders.values(days, upTo, render)).toEqual(['a,b', 'c (words)', 'd (words)']);
    expect(renders.values(days, upTo, render)).toEqual([noChange, noChange, noChange]);
    shown = 2;
    expect(renders.values(days, upTo, render)).toEqual([noChange, 'c', noChange]);
  });
});
