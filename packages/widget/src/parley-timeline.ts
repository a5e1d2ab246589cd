import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  compareDates,
  formatParleyDate,
  safeParseTimeline,
  safeParseTimelineJson,
  toDotPath,
  type ParleyIssue,
  type Timeline,
} from '@parley/core';
import styles from './parley-timeline.styles.js';
import { ParleyErrorEvent } from './events.js';

/** How many issues the error state lists before it summarises the rest as a count. */
const MAX_LISTED_ISSUES = 5;

type View =
  | { kind: 'loading' }
  | { kind: 'timeline'; timeline: Timeline }
  | { kind: 'error'; issues: readonly ParleyIssue[] };

/**
 * A card that shows a negotiation timeline: its title, summary and dated events.
 *
 * @summary Accessible timeline card of a negotiation, validated by `@parley/core`.
 *
 * @event parley-error - The data could not be shown; `event.issues` lists why.
 *
 * @csspart header - The title and summary.
 * @csspart summary - The timeline's summary paragraph.
 * @csspart list - The ordered list of events.
 * @csspart item - One event.
 * @csspart error - The error state shown instead of the timeline.
 * @csspart loading - Shown until the page has finished parsing the element's data.
 *
 * @cssproperty --parley-accent - Colour of the timeline rule and markers. Default `#0b57d0`.
 * @cssproperty --parley-background - Card background. Default `#ffffff`.
 * @cssproperty --parley-text - Main text colour. Default `#1f1f1f`.
 * @cssproperty --parley-muted - Dates and summary. Default `#555555`.
 * @cssproperty --parley-border - Card border. Default `#d0d0d0`.
 * @cssproperty --parley-error - Error heading. Default `#b3261e`.
 * @cssproperty --parley-font - Font stack. Default the system UI font.
 */
export class ParleyTimeline extends LitElement {
  static override styles = styles;

  /**
   * Registers the element. Safe to call twice: a second registration of this class is ignored.
   *
   * @param tag - Tag name to register under.
   * @param registry - Registry to register in.
   */
  static define(tag = 'parley-timeline', registry: CustomElementRegistry = customElements): void {
    const existing = registry.get(tag);
    if (existing) {
      if (existing !== this) console.warn(`[parley] <${tag}> is already defined by another class; kept it.`);
      return;
    }
    registry.define(tag, this);
  }

  /**
   * The timeline to show, as a plain object; it is validated before anything renders.
   * When unset, the element reads a child `<script type="application/json">`.
   */
  @property({ attribute: false }) timeline: unknown = undefined;

  @state() private view: View = { kind: 'loading' };

  /** Re-reads the child JSON when a page script adds or edits it. */
  private readonly childObserver = new MutationObserver(() => {
    if (this.timeline === undefined) this.updateView();
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    if (document.readyState === 'loading') {
      // A script in <head> upgrades the element before the parser has reached its children.
      document.addEventListener('DOMContentLoaded', this.handleDocumentParsed, { once: true });
    } else {
      this.updateView();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver.disconnect();
    document.removeEventListener('DOMContentLoaded', this.handleDocumentParsed);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('timeline')) this.updateView();
  }

  protected override render(): TemplateResult {
    const { view } = this;
    switch (view.kind) {
      case 'loading':
        return html`<p part="loading" role="status">Loading the timeline…</p>`;
      case 'timeline':
        return this.renderTimeline(view.timeline);
      case 'error':
        return this.renderError(view.issues);
    }
  }

  private renderTimeline(timeline: Timeline): TemplateResult {
    const locale = this.closest('[lang]')?.getAttribute('lang') || 'en';
    // compareDates ties equal spans and sort is stable, so same-day events keep the written order.
    const events = [...timeline.events].sort((a, b) => compareDates(a.date, b.date));
    return html`
      <article aria-labelledby="title">
        <header part="header">
          <h2 id="title">${timeline.title}</h2>
          ${timeline.summary ? html`<p part="summary">${timeline.summary}</p>` : nothing}
        </header>
        <ol part="list">
          ${events.map(
            (event) => html`
              <li part="item">
                <time datetime=${event.date}
                  >${formatParleyDate(event.date, locale, event.datePart ? { part: event.datePart } : {})}</time
                >
                <h3>${event.title}</h3>
                ${event.summary ? html`<p>${event.summary}</p>` : nothing}
              </li>
            `,
          )}
        </ol>
      </article>
    `;
  }

  private renderError(issues: readonly ParleyIssue[]): TemplateResult {
    const listed = issues.slice(0, MAX_LISTED_ISSUES);
    const more = issues.length - listed.length;
    return html`
      <div part="error" role="alert">
        <h2>This timeline cannot be shown</h2>
        <ul>
          ${listed.map(
            (issue) =>
              html`<li>
                ${issue.line === undefined ? nothing : `line ${issue.line}, column ${issue.column}: `}<code>${toDotPath(issue.path)}</code>:
                ${issue.message}
              </li>`,
          )}
        </ul>
        ${more > 0 ? html`<p>…and ${more} more ${more === 1 ? 'problem' : 'problems'}.</p>` : nothing}
      </div>
    `;
  }

  private handleDocumentParsed = (): void => this.updateView();

  /** Validates whichever data source is present and switches between the card and the error state. */
  private updateView(): void {
    const result = this.timeline === undefined ? this.parseChildJson() : safeParseTimeline(this.timeline);
    if (result.success) this.view = { kind: 'timeline', timeline: result.data };
    else this.showIssues(result.error.issues);
  }

  /** The child `<script type="application/json">`, parsed with line and column for every issue. */
  private parseChildJson():
    ReturnType<typeof safeParseTimelineJson> | { success: false; error: { issues: ParleyIssue[] } } {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script) return safeParseTimelineJson(script.textContent ?? '');
    return {
      success: false,
      error: {
        issues: [
          {
            code: 'invalid_type',
            message:
              'No timeline data: set the timeline property or put a <script type="application/json"> inside the element.',
            path: [],
          },
        ],
      },
    };
  }

  private showIssues(issues: readonly ParleyIssue[]): void {
    this.view = { kind: 'error', issues };
    this.dispatchEvent(new ParleyErrorEvent(issues));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'parley-timeline': ParleyTimeline;
  }
}
