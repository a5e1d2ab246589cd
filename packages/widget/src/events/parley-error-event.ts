import type { TimelineIssue } from '../controllers/timeline-source.js';

/**
 * Fired by `<parley-timeline>` when its data cannot be shown; the card shows the same issues.
 * Bubbles and crosses shadow roots, so a page can listen on `document`.
 */
export class ParleyErrorEvent extends Event {
  /** Every problem found, in document order. */
  readonly issues: readonly TimelineIssue[];

  constructor(issues: readonly TimelineIssue[]) {
    super('parley-error', { bubbles: true, composed: true });
    this.issues = issues;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'parley-error': ParleyErrorEvent;
  }
}
