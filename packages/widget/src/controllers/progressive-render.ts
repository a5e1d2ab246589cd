import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { inNextTask } from './next-task.js';

/**
 * Events in the first render: more than fit on a tall screen (an event is at least 80 px), few
 * enough that the first screen paints soon after the data arrives; the rest follow once it has painted.
 */
const FIRST_CHUNK = 24;
/**
 * Script time a later chunk aims at, in milliseconds: the next chunk is sized from how long the
 * last one took, so a fast laptop renders 1,000 events in a few frames and a slow phone keeps
 * each task well under 100 ms (style and layout come on top, off-screen blocks of days mostly skipped).
 */
const CHUNK_BUDGET_MS = 35;
const MIN_CHUNK = 100;
const MAX_CHUNK = 2000;

/**
 * Renders a long list a chunk per frame, so a 10,000-event timeline never freezes the page, and
 * says when the last chunk is in (`onDone`). Each chunk is rendered in a task after the frame
 * that paints the one before: rendered in an animation frame callback instead, it would run
 * before that frame's paint, and the first screen would wait for the second chunk. The chunk's
 * script and the style and layout of what it added are then two tasks, not one long one. Every
 * event ends up in the DOM, so find-in-page reaches them all; off-screen blocks of days skip
 * layout through `content-visibility: auto` in the styles (see render/day-blocks.ts).
 */
export class ProgressiveRender implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #onDone: (count: number, duration: number) => void;
  #limit = FIRST_CHUNK;
  #total = 0;
  /** How many were on the page before this update, and when the update started. */
  #before = 0;
  #updateStarted = 0;
  #chunk = MIN_CHUNK;
  #key: unknown;
  #started = 0;
  #frame = 0;
  /** A chunk is scheduled (a frame, then a task); cleared when the element leaves the page. */
  #scheduled = false;
  #reported = false;
  /** This update left work for another (see `again`). */
  #again = false;

  constructor(host: ReactiveControllerHost, onDone: (count: number, duration: number) => void) {
    this.#host = host;
    this.#onDone = onDone;
    host.addController(this);
  }

  /**
   * How many of `total` items to render now. A new `key` (new data, new filters) starts again
   * with the first chunk, after the first `through` items when given (up to the one a reader is
   * on, in a live refresh's new version): those render at once, so the page does not shrink
   * under the reader.
   */
  take(total: number, key: unknown, through = 0): number {
    if (key !== this.#key) {
      this.#key = key;
      this.#limit = FIRST_CHUNK + through;
      this.#before = 0;
      this.#started = performance.now();
      this.#reported = false;
    }
    this.#total = total;
    return Math.min(this.#limit, total);
  }

  /** Everything asked for is on the page. */
  get done(): boolean {
    return this.#limit >= this.#total;
  }

  /**
   * The update under way left part of what is on the page to a later one (days rendered again
   * under a budget): schedule another update as for a chunk, even when every item is in.
   */
  again(): void {
    this.#again = true;
  }

  hostUpdate(): void {
    this.#updateStarted = performance.now();
  }

  hostUpdated(): void {
    if (this.#key === undefined || this.#scheduled) return;
    const added = Math.min(this.#limit, this.#total) - this.#before;
    if (added > 0) {
      // Events per millisecond of the last chunk, times the budget.
      const spent = Math.max(1, performance.now() - this.#updateStarted);
      this.#chunk = Math.round(Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, (added * CHUNK_BUDGET_MS) / spent)));
      this.#before += added;
    }
    if (!this.done || this.#again) {
      this.#again = false;
      this.#scheduled = true;
      this.#frame = requestAnimationFrame(() => {
        this.#frame = 0;
        inNextTask(() => {
          if (!this.#scheduled) return;
          this.#scheduled = false;
          // The last few events come with this chunk rather than in a frame of their own.
          const left = this.#total - this.#limit - this.#chunk;
          this.#limit += left < this.#chunk / 2 ? this.#chunk + left : this.#chunk;
          this.#host.requestUpdate();
        });
      });
    } else if (!this.#reported) {
      this.#reported = true;
      this.#onDone(this.#total, performance.now() - this.#started);
    }
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#scheduled = false;
    this.#key = undefined;
  }
}
