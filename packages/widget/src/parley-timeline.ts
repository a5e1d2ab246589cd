import { LitElement, html, nothing, type TemplateResult } from 'lit';
import styles from './parley-timeline.styles.js';
import { TimelineSourceController } from './controllers/timeline-source.js';
import { PageLocaleController } from './controllers/page-locale.js';
import { buildTimelineView, type TimelineView } from './model/timeline-view.js';
import { addLocale, resolveLocale } from './i18n/locales.js';
import type { RenderContext } from './render/context.js';
import { header } from './render/header.js';
import { atAGlance } from './render/at-a-glance.js';
import { dayGroup } from './render/day-group.js';
import { errorState, loadingState } from './render/states.js';

/**
 * A card that shows a negotiation timeline: what was agreed and what comes next at a glance, then
 * the events day by day, each with its details and sources.
 *
 * @summary Accessible timeline card of a negotiation, validated by `@parley/core`.
 * @tagname parley-timeline
 *
 * @event parley-error - The data could not be loaded or shown; `event.issues` lists why.
 *
 * @csspart header - The title, facts line, summary and update date.
 * @csspart title - The card's title (a heading at `heading-level`).
 * @csspart facts - The line with the dates covered, the venues and the number of events.
 * @csspart span - The dates the timeline covers.
 * @csspart venues - Where the talks took place.
 * @csspart count - How many events the timeline holds.
 * @csspart summary - The timeline's summary paragraph.
 * @csspart updated - When the timeline was last updated.
 * @csspart glance - The "At a glance" block: what was agreed, exchanged, and what comes next.
 * @csspart glance-heading - The heading of each of the At-a-glance lists.
 * @csspart list - The list of days.
 * @csspart day - One day: its `day-heading` and its `events`.
 * @csspart day-heading - A day's heading, with its date.
 * @csspart inexact - Beside a day heading, says the exact day is not known.
 * @csspart events - One day's list of events, along the timeline rule.
 * @csspart item - One event; it also carries the event's type as a part, e.g. `item talks`.
 * @csspart meta - An event's icon, type and time of day.
 * @csspart icon - An event type's inline SVG icon.
 * @csspart type - An event type's name.
 * @csspart event-title - An event's title.
 * @csspart text - An event's summary.
 * @csspart markers - An event's citation markers, e.g. "[1]" or "[1 · claim]".
 * @csspart place - Where the event happened.
 * @csspart actors - Who was involved.
 * @csspart details - The expandable details of an event.
 * @csspart delegations - The list of delegations at talks; each is a `delegation`.
 * @csspart delegation - One delegation.
 * @csspart provisions - The list of an agreement's provisions; each is a `provision`.
 * @csspart provision - One provision.
 * @csspart statement - A statement: quote or paraphrase and its speaker.
 * @csspart quote - The verbatim quote of a statement.
 * @csspart image - A photo (when the data gives its URL) or its caption, with the credit.
 * @csspart credit - A photo credit.
 * @csspart sources - An event's numbered sources, each once.
 * @csspart source - One source, with the citations of the event that use it.
 * @csspart citation - One citation of a source; also `fact`, `claim` or `opinion`.
 * @csspart standing - How a citation stands, in words: reported, claim by whom, or opinion.
 * @csspart error - The error state shown instead of the timeline.
 * @csspart hint - A suggested fix beside a problem in the error state, e.g. "Did you mean "summary"?".
 * @csspart loading - Shown while `src` loads, or until the page has parsed the element's data.
 * @csspart empty - Shown instead of events when the timeline has none.
 *
 * @slot - Fallback content, such as a plain list of the events, shown until the card renders and
 *   beside an error; hidden once the card shows. A child `<script type="application/json">` is data, not content.
 *
 * @cssproperty --parley-accent - Rule, markers and links. Default `#0b57d0` (light), `#a8c7fa` (dark).
 * @cssproperty --parley-background - Card background. Default `#ffffff` (light), `#1b1c1f` (dark).
 * @cssproperty --parley-surface - Background of the At-a-glance block and main events. Default `#f3f6fc` (light), `#262a31` (dark).
 * @cssproperty --parley-text - Main text. Default `#1f1f1f` (light), `#e6e6e6` (dark).
 * @cssproperty --parley-muted - Dates, labels and secondary events. Default `#545454` (light), `#b4b4b4` (dark).
 * @cssproperty --parley-border - Card border and rules. Default `#d0d0d0` (light), `#44474e` (dark).
 * @cssproperty --parley-error - Error heading. Default `#b3261e` (light), `#ffb4ab` (dark).
 * @cssproperty --parley-font - Font stack. Default the system UI font.
 * @cssproperty --parley-radius - Corner radius of the card. Default `0.5rem`.
 */
export class ParleyTimeline extends LitElement {
  static override styles = styles;

  // Reactive properties, listed here rather than with decorators, whose helpers would add
  // 0.4 kB gzip to the script tag. Each is documented where it is declared below.
  static override properties = {
    timeline: { attribute: false },
    src: { type: String, reflect: true },
    timeout: { type: Number },
    maxBytes: { type: Number, attribute: 'max-bytes' },
    theme: { reflect: true },
    density: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

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
   * Adds the card's strings for a language (or replaces them); cards on the page re-render.
   * Built in: `en`, `uk`, `ru`, `tr`, `ar`.
   */
  static addLocale = addLocale;

  /**
   * The timeline to show, as a plain object; it is validated before anything renders, and wins
   * over `src` and the child script. Assign a new object to change it (the element does not watch
   * for changes inside one).
   */
  declare timeline: unknown;

  /** URL of the timeline JSON (http or https, relative to the page). Loaded when `timeline` is unset. */
  declare src: string | undefined;

  /** How long to wait for `src`, in milliseconds. */
  timeout = 10_000;

  /** Largest `src` response accepted, in bytes. */
  maxBytes = 5_000_000;

  /** Colours: `light` (when unset), `dark`, or `auto` to follow the reader's system setting. */
  declare theme: 'light' | 'dark' | 'auto' | undefined;

  /** Spacing: `comfortable` (when unset) or `compact`, for sidebars and live blogs. */
  declare density: 'comfortable' | 'compact' | undefined;

  /** Level of the card's title, 1 to 6, so it fits the page's outline; days and events sit below it. */
  headingLevel = 2;

  readonly #source = new TimelineSourceController(this);
  readonly #locale = new PageLocaleController(this);
  /** Derived once per timeline, not once per render: a language change re-renders the same view. */
  #view: TimelineView | undefined;
  /** Details opened for printing, closed again afterwards. */
  #openedForPrint: HTMLDetailsElement[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.#handleBeforePrint);
    addEventListener('afterprint', this.#handleAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.#handleBeforePrint);
    removeEventListener('afterprint', this.#handleAfterPrint);
  }

  protected override render(): TemplateResult {
    const state = this.#source.state;
    const ready = state.status === 'ready' ? state.timeline : undefined;
    const { tag, translation: t, pending } = resolveLocale([this.#locale.lang, ready?.language]);
    const level = Math.max(1, Math.min(6, Math.trunc(this.headingLevel) || 2));
    let body: TemplateResult;
    if (state.status === 'loading' || pending) body = loadingState(t);
    else if (state.status === 'error') body = errorState(t, tag, level, state.issues);
    else {
      const view = (this.#view =
        this.#view?.timeline === state.timeline ? this.#view : buildTimelineView(state.timeline));
      const { language } = state.timeline;
      const dataLang = language && language !== tag ? language : undefined;
      const ctx: RenderContext = { view, t, locale: tag, level, dataLang };
      body = html`<article aria-labelledby="title" @click=${this.#handleJump}>
        ${header(ctx)} ${atAGlance(ctx)}
        ${view.events.length === 0 ? html`<p part="empty">${t.empty}</p>` : nothing}
        <ol part="list">
          ${view.days.map((day) => dayGroup(ctx, day))}
        </ol>
      </article>`;
    }
    return html`<div class="card" lang=${tag} dir=${t.dir}>${body}</div>`;
  }

  /** A link in the At-a-glance block: open that event, bring it into view and move focus to it. */
  #handleJump = (event: MouseEvent): void => {
    const link = (event.target as Element).closest('a[data-event]');
    const item = link && (this.renderRoot as ShadowRoot).getElementById(link.getAttribute('href')!.slice(1));
    if (!item) return;
    event.preventDefault();
    const details = item.querySelector('details');
    if (details) details.open = true;
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    item.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
    item.focus({ preventScroll: true });
  };

  #handleBeforePrint = (): void => {
    this.#openedForPrint = [
      ...this.renderRoot.querySelectorAll('details:not([open])'),
    ] as HTMLDetailsElement[];
    for (const details of this.#openedForPrint) details.open = true;
  };

  #handleAfterPrint = (): void => {
    for (const details of this.#openedForPrint) details.open = false;
    this.#openedForPrint = [];
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'parley-timeline': ParleyTimeline;
  }
}
