import type { NegotiationEvent } from '@parley/core';

/** What `parley-select` carries: the event the reader opened, and its id. */
export interface ParleySelectDetail {
  readonly id: string;
  readonly event: NegotiationEvent;
}

/**
 * Fired by `<parley-timeline>` when the reader opens an event (by click, keyboard, an
 * At-a-glance link or a deep link). Bubbles and crosses shadow roots.
 */
export class ParleySelectEvent extends CustomEvent<ParleySelectDetail> {
  constructor(detail: ParleySelectDetail) {
    super('parley-select', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'parley-select': ParleySelectEvent;
  }
}
