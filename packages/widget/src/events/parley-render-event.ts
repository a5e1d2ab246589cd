/** What `parley-render` carries: how many events are on the page, and how long they took. */
export interface ParleyRenderDetail {
  /** Events now in the card (after filters). */
  readonly eventCount: number;
  /** Milliseconds from the data (or the filter) arriving to the last of them rendered. */
  readonly duration: number;
}

/**
 * Fired by `<parley-timeline>` when a render has finished, every chunk of it: for analytics,
 * and for resizing an iframe around the card. Bubbles and crosses shadow roots.
 */
export class ParleyRenderEvent extends CustomEvent<ParleyRenderDetail> {
  constructor(detail: ParleyRenderDetail) {
    super('parley-render', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'parley-render': ParleyRenderEvent;
  }
}
