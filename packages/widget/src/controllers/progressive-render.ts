import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Events in the first render: enough to fill a screen, few enough to paint in a frame. */
const FIRST_CHUNK = 60;
/** Events added per frame after that, sized so no task comes near 100 ms on a phone. */
const CHUNK = 200;

/**
 * Renders a long list a chunk per animation frame, so a 10,000-event timeline never freezes
 * the page, and says when the last chunk is in (`onDone`). Every event ends up in the DOM, so
 * find-in-page and screen readers reach them all; off-screen days skip layout through
 * `content-visibility: auto` in the styles.
 */
export class ProgressiveRender implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #onDone: (count: number, duration: number) => void;
  #limit = FIRST_CHUNK;
  #total = 0;
  #key: unknown;
  #started = 0;
  #frame = 0;
  #reported = false;

  constructor(host: ReactiveControllerHost, onDone: (count: number, duration: number) => void) {
    this.#host = host;
    this.#onDone = onDone;
    host.addController(this);
  }

  /**
   * How many of `total` items to render now. A new `key` (new data, new filters) starts again
   * from the first chunk.
   */
  take(total: number, key: unknown): number {
    if (key !== this.#key) {
      this.#key = key;
      this.#limit = FIRST_CHUNK;
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

  hostUpdated(): void {
    if (this.#key === undefined || this.#frame) return;
    if (!this.done) {
      this.#frame = requestAnimationFrame(() => {
        this.#frame = 0;
        this.#limit += CHUNK;
        this.#host.requestUpdate();
      });
    } else if (!this.#reported) {
      this.#reported = true;
      this.#onDone(this.#total, performance.now() - this.#started);
    }
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#key = undefined;
  }
}
