import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { safeParseTimeline, safeParseTimelineJson, type ParleyIssue, type Timeline } from '@parley/core';
import { ParleyErrorEvent } from '../events/parley-error-event.js';
import { loadTimelineText, type LoadIssueCode } from './load-timeline-text.js';

/** A problem with the data, or with loading it from `src`. */
export type TimelineIssue = ParleyIssue | ParleyIssue<LoadIssueCode>;

/** Where the card's data stands, in the shape of `@lit/task`'s status. */
export type SourceState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly timeline: Timeline }
  | { readonly status: 'error'; readonly issues: readonly TimelineIssue[] };

/** What the controller reads from its element. */
export interface TimelineSourceHost extends ReactiveControllerHost, HTMLElement {
  timeline: unknown;
  src: string | undefined;
  timeout: number;
  maxBytes: number;
}

const NO_DATA: ParleyIssue = {
  code: 'invalid_type',
  message:
    'No timeline data: set the src attribute or the timeline property, or put a <script type="application/json"> inside the element.',
  path: [],
};

/**
 * Finds, loads and validates the card's data: the `timeline` property, else `src`, else a child
 * `<script type="application/json">`. A `src` request is aborted when the source changes or the
 * element leaves the page, and a stale answer is never shown. Fires `parley-error` on failure.
 */
export class TimelineSourceController implements ReactiveController {
  state: SourceState = { status: 'loading' };

  readonly #host: TimelineSourceHost;
  /** The sources the state was made from; a change in either loads again. */
  #loadedFrom: { timeline: unknown; src: string | undefined } | undefined;
  /** Cancels the `src` request in flight, if any. */
  #loading: AbortController | undefined;
  /** Re-reads the child JSON when a page script adds or edits it. */
  #childObserver: MutationObserver | undefined;

  constructor(host: TimelineSourceHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#childObserver ??= new MutationObserver(() => {
      if (this.#host.timeline === undefined && !this.#host.src) this.#read();
    });
    this.#childObserver.observe(this.#host, { childList: true, subtree: true, characterData: true });
    // Back on the page after a move: a request cancelled on the way out starts again.
    if (this.#loadedFrom) this.#schedule();
  }

  hostDisconnected(): void {
    this.#childObserver?.disconnect();
    document.removeEventListener('DOMContentLoaded', this.#read);
    this.#loading?.abort();
    this.#loading = undefined;
  }

  /** Runs before each render: loads again when `timeline` or `src` changed since the last load. */
  hostUpdate(): void {
    const { timeline, src } = this.#host;
    if (this.#loadedFrom && this.#loadedFrom.timeline === timeline && this.#loadedFrom.src === src) return;
    this.#loadedFrom = { timeline, src };
    this.#schedule();
  }

  #set(state: SourceState): void {
    this.state = state;
    this.#host.requestUpdate();
    if (state.status === 'error') this.#host.dispatchEvent(new ParleyErrorEvent(state.issues));
  }

  #schedule(): void {
    document.removeEventListener('DOMContentLoaded', this.#read);
    const { timeline, src } = this.#host;
    if (timeline === undefined && !src && document.readyState === 'loading') {
      // A script in <head> upgrades the element before the parser has reached its children.
      document.addEventListener('DOMContentLoaded', this.#read, { once: true });
    } else {
      this.#read();
    }
  }

  /** Validates whichever source applies and shows it. */
  #read = (): void => {
    this.#loading?.abort();
    this.#loading = undefined;
    const { timeline, src } = this.#host;
    if (timeline === undefined && src) {
      void this.#load(src);
      return;
    }
    if (timeline !== undefined) return this.#show(safeParseTimeline(timeline));
    const script = this.#host.querySelector(':scope > script[type="application/json"]');
    this.#show(
      script
        ? safeParseTimelineJson(script.textContent ?? '')
        : { success: false, error: { issues: [NO_DATA] } },
    );
  };

  async #load(src: string): Promise<void> {
    const controller = new AbortController();
    this.#loading = controller;
    if (this.state.status !== 'loading') this.#set({ status: 'loading' });
    const result = await loadTimelineText(src, {
      signal: controller.signal,
      timeoutMs: this.#host.timeout,
      maxBytes: this.#host.maxBytes,
      base: document.baseURI,
    });
    // A newer src, a property, or leaving the page replaced this request: never show stale data.
    if (this.#loading !== controller) return;
    this.#loading = undefined;
    if (result.ok) this.#show(safeParseTimelineJson(result.text));
    else if ('issue' in result) this.#set({ status: 'error', issues: [result.issue] });
  }

  #show(
    result:
      { success: true; data: Timeline } | { success: false; error: { issues: readonly TimelineIssue[] } },
  ): void {
    this.#set(
      result.success
        ? { status: 'ready', timeline: result.data }
        : { status: 'error', issues: result.error.issues },
    );
  }
}
