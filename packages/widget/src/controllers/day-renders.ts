import { noChange } from 'lit';
import type { DayGroup } from '../model/timeline-view.js';

/** What one day was last rendered with. */
interface Shown {
  readonly inputs: readonly unknown[];
  readonly open: ReadonlySet<string>;
  readonly body: unknown;
  /** The event of this day that held the tab stop, if one did. */
  readonly active: string | undefined;
  /** Rendered in full, not as its events' words (render/event-words.ts). */
  readonly full: boolean;
}

/**
 * Which of the list's days to render again. A long list renders a chunk per frame, each a render
 * of the whole list, so a day already on the page is rendered again only when what it shows
 * changed: an input all days share (the language, the live marks…), one of its events opened or
 * closed, the tab stop moved into or out of it, its block was shown (it renders in full from
 * then), or, for a day whose details are rendered (an open event, or any while printing), the
 * renderer of details arrived. Opening one event of
 * 10,000 then renders one day, not all of them. Days on the page rendered again are capped per
 * update (`budget` events): expand all or a new language on a long list runs over several
 * frames, the rest of the days keeping what they showed until a later update (`pending`).
 */
export class DayRenders {
  readonly #shown = new WeakMap<DayGroup, Shown>();
  #days: readonly DayGroup[] = [];
  #inputs: readonly unknown[] = [];
  /** The last update left days showing stale state: another update should follow. */
  pending = false;

  /** The list left the page: every day is new to it when it comes back. */
  reset(): void {
    this.#days = [];
  }

  /**
   * The value for each day: `noChange` where the page already shows it as it should be (or it
   * must wait for a later update), else what `render` makes of it.
   */
  values(
    days: readonly DayGroup[],
    now: {
      /** What every day's rendering depends on, compared item by item. */
      readonly inputs: readonly unknown[];
      readonly open: ReadonlySet<string>;
      readonly active: string | undefined;
      /** What renders an event's details; undefined until the script tag has fetched it. */
      readonly body: unknown;
      /** The page is printing: every event's details are rendered, not only the open ones'. */
      readonly printing: boolean;
      /** Events of days already on the page to render again in this update, at most. */
      readonly budget: number;
      /** Whether the day at this index renders in full (its block has been shown). */
      readonly full: (index: number) => boolean;
    },
    render: (day: DayGroup, full: boolean) => unknown,
  ): unknown[] {
    const { inputs, open, active, body } = now;
    // The same array while its contents are the same: what a day was rendered with compares by identity.
    if (inputs.length !== this.#inputs.length || inputs.some((input, at) => input !== this.#inputs[at]))
      this.#inputs = inputs;
    const current = this.#inputs;
    const before = this.#days;
    this.#days = days;
    this.pending = false;
    let left = now.budget;
    // Found once, not asked of every day: the first event holds the tab stop from the start.
    const holding =
      active === undefined ? undefined : days.find((day) => day.events.some((event) => event.id === active));
    return days.map((day, index) => {
      const holder = day === holding ? active : undefined;
      const full = now.full(index);
      const shown = before[index] === day ? this.#shown.get(day) : undefined;
      if (shown) {
        const same =
          shown.inputs === current &&
          shown.active === holder &&
          shown.full === full &&
          (shown.open === open ||
            day.events.every((event) => shown.open.has(event.id) === open.has(event.id))) &&
          (shown.body === body || (!now.printing && !day.events.some((event) => open.has(event.id))));
        if (same) return noChange;
        if (left <= 0) {
          this.pending = true;
          return noChange;
        }
        left -= day.events.length;
      }
      this.#shown.set(day, { inputs: current, open, body, active: holder, full });
      return render(day, full);
    });
  }
}
