import type { Timeline } from '@parley/core';

/** What `parley-update` carries: how a live refresh changed the timeline, by event id. */
export interface ParleyUpdateDetail {
  /** Events that were not in the previous version. */
  readonly added: readonly string[];
  /** Events whose data changed. */
  readonly changed: readonly string[];
  /** Events that are no longer in the timeline. */
  readonly removed: readonly string[];
  /** The new version, now on screen. */
  readonly timeline: Timeline;
}

/**
 * Fired by `<parley-timeline refresh>` when a refresh of `src` brought a changed timeline and
 * it is on screen. Not fired when nothing changed. Bubbles and crosses shadow roots.
 */
export class ParleyUpdateEvent extends CustomEvent<ParleyUpdateDetail> {
  constructor(detail: ParleyUpdateDetail) {
    super('parley-update', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'parley-update': ParleyUpdateEvent;
  }
}
