import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { formatParleyDate, type EventType, type Timeline } from '@parley/core';
import styles from './parley-timeline.styles.js';
import { TimelineSourceController } from './controllers/timeline-source.js';
import { PageLocaleController } from './controllers/page-locale.js';
import { DeepLinkController, eventFragment } from './controllers/deep-link.js';
import { ProgressiveRender } from './controllers/progressive-render.js';
import { DayRenders } from './controllers/day-renders.js';
import { shownBlocks } from './controllers/shown-blocks.js';
import { inNextTask } from './controllers/next-task.js';
import { handleListKeydown } from './controllers/list-keyboard.js';
import { ParleyRenderEvent } from './events/parley-render-event.js';
import { ParleySelectEvent } from './events/parley-select-event.js';
import { buildTimelineView, type DayGroup, type TimelineView } from './model/timeline-view.js';
import {
  buildFilterIndex,
  filterDays,
  firstEvents,
  NO_FILTER,
  toggled,
  type FilterIndex,
  type TimelineFilter,
  type TimelineOrder,
} from './model/timeline-filter.js';
import { addLocale, resolveLocale, type ResolvedLocale } from './i18n/locales.js';
import type { Translation } from './i18n/translation.js';
import type { RenderContext } from './render/context.js';
import { header } from './render/header.js';
import { atAGlance } from './render/at-a-glance.js';
import { dayGroup } from './render/day-group.js';
import { hasDetails } from './render/event-item.js';
import { blockOf, dayBlocks } from './render/day-blocks.js';
import { controls } from './render/controls.js';
import { errorState, loadingState } from './render/states.js';
import { bodyRenderer, loadBodyRenderer } from './render/load-event-body.js';

/** Past this many events the list lets the browser skip off-screen blocks of days (`content-visibility`). */
const LONG_LIST = 60;

/**
 * Events of days already on the page rendered again per update, at most: expand all on a long
 * list opens about this many events a frame instead of freezing the page while it opens them all.
 */
const RERENDER_BUDGET = 100;

/**
 * A card that shows a negotiation timeline: what was agreed and what comes next at a glance, then
 * the events day by day, each with its details and sources.
 *
 * @summary Accessible timeline card of a negotiation, validated by `@parley/core`.
 * @tagname parley-timeline
 *
 * @event parley-error - The data could not be loaded or shown; `event.issues` lists why.
 * @event parley-select - The reader opened an event; `event.detail` is `{ id, event }`.
 * @event parley-render - A render finished, every chunk of it; `event.detail` is `{ eventCount, duration }`.
 * @event parley-update - A live refresh (`refresh`) brought a changed timeline, now on screen; `event.detail` is `{ added, changed, removed, timeline }`.
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
 * @csspart mark - "New" or "Updated" beside an event that the last live refresh added or changed.
 * @csspart refresh - With `refresh`: says politely what the last refresh changed, or that it failed.
 * @csspart markers - An event's citation markers, e.g. "[1]" or "[1 · claim]".
 * @csspart place - Where the event happened.
 * @csspart actors - Who was involved.
 * @csspart toggle - The Details button of an event, with `aria-expanded`: it opens and closes the event's details.
 * @csspart details - The details of an event: there only while open (and while printing).
 * @csspart delegations - The list of delegations at talks; each is a `delegation`.
 * @csspart delegation - One delegation.
 * @csspart provisions - The list of an agreement's provisions; each is a `provision`.
 * @csspart provision - One provision.
 * @csspart statement - A statement: quote or paraphrase and its speaker.
 * @csspart quote - The verbatim quote of a statement.
 * @csspart background - In an opened background event: says it is from before the timeline's period.
 * @csspart image - A photo (when the data gives its URL) or its caption, with the credit.
 * @csspart credit - A photo credit.
 * @csspart sources - An event's numbered sources, each once.
 * @csspart source - One source, with the citations of the event that use it.
 * @csspart citation - One citation of a source; also `fact`, `claim` or `opinion`.
 * @csspart standing - How a citation stands, in words: reported, claim by whom, or opinion.
 * @csspart controls - The reader's controls: filter chips, find, order, expand or collapse all.
 * @csspart chip - A filter chip (a toggle button with `aria-pressed`) for a type or a party, with its count.
 * @csspart find - The text filter.
 * @csspart action - A button among the controls: order, expand or collapse all, clear filters.
 * @csspart result - What the filters show, e.g. "Showing 3 of 19 events"; announced politely.
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
    order: { reflect: true },
    filters: { reflect: true },
    open: {},
    selected: { reflect: true },
    refresh: { type: Number, reflect: true },
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
    // A page's first date format loads the browser's locale data (40–120 ms in Chromium on the
    // CI machine). Every card formats dates, so that is paid while the page is still loading,
    // rather than between the data arriving and the first events showing; in a task of its own,
    // not added to the one that runs the script tag (and often hands the card its data).
    // Not on a server, which has no use for it and may have no MessageChannel (Lit's VM renderer).
    if (!isServer)
      inNextTask(() => formatParleyDate('2025-06-02', globalThis.document?.documentElement?.lang || 'en'));
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

  /** How long to wait for `src`, in milliseconds; anything else (`"soon"`, a negative number) waits the default 10 s. */
  timeout = 10_000;

  /** Largest `src` response accepted, in bytes. */
  maxBytes = 5_000_000;

  /** Colours: `light` (when unset), `dark`, or `auto` to follow the reader's system setting. */
  declare theme: 'light' | 'dark' | 'auto' | undefined;

  /** Spacing: `comfortable` (when unset) or `compact`, for sidebars and live blogs. */
  declare density: 'comfortable' | 'compact' | undefined;

  /** Level of the card's title, 1 to 6, so it fits the page's outline; days and events sit below it. */
  headingLevel = 2;

  /** `oldest` first (when unset), like a chronology, or `newest` first, like a live story. */
  declare order: TimelineOrder | undefined;

  /** `on` (when unset) shows the reader's filters and buttons above the list; `off` hides them. */
  declare filters: 'on' | 'off' | undefined;

  /** Ids of events to show with their details open when the timeline arrives, space-separated. */
  declare open: string | undefined;

  /** Id of the event the reader last opened; set it to open and bring that event into view. */
  declare selected: string | undefined;

  /**
   * Live updates: check `src` again every this many seconds (at least 15), not while the page is
   * hidden. An unchanged timeline costs a 304; a changed one replaces the one on screen, keeping
   * the reader's filters, open events and focus, marks what is new or updated and says so
   * politely; a failure keeps the last good version with a quiet note, and waits longer each time.
   */
  declare refresh: number | undefined;

  // A long timeline's view is built in a task between validating and laying it out.
  readonly #source = new TimelineSourceController(this, (timeline) => {
    const view = (this.#prepared = buildTimelineView(timeline));
    return () => {
      const { tag } = this.#localeFor(timeline);
      this.#filterIndex = { view, index: buildFilterIndex(view, tag) };
    };
  });
  readonly #locale = new PageLocaleController(this);
  readonly #chunks = new ProgressiveRender(this, (eventCount, duration) => {
    this.dispatchEvent(new ParleyRenderEvent({ eventCount, duration }));
    // Once the card is on screen, fetch what opening an event shows (script tag only), so it is
    // there when a reader opens one.
    this.#loadBodies();
  });
  readonly #deepLink = new DeepLinkController(
    this,
    () => this.#view && eventFragment(this.#view.timeline.id),
    (id) => this.#select(id, true),
  );
  /** Derived once per timeline, not once per render: a language change re-renders the same view. */
  #view: TimelineView | undefined;
  /** A view built ahead of its first render (a long timeline's), if any. */
  #prepared: TimelineView | undefined;
  /** Filtering's lookups for the current view, in the card's language (it lower-cases text). */
  #filterIndex: { view: TimelineView; index: FilterIndex } | undefined;
  #filter: TimelineFilter = NO_FILTER;
  /** The days shown for the current view, filter and order; remade only when one changes. */
  #shown:
    | { index: FilterIndex; filter: TimelineFilter; order: TimelineOrder; days: DayGroup[]; ids: string[] }
    | undefined;
  /**
   * Ids of the events whose details are open; kept across filtering and re-rendering. Replaced,
   * never changed in place, so that a new set tells the list's days to render again.
   */
  #openIds: ReadonlySet<string> = new Set<string>();
  /**
   * Which days the page already shows as they should be (skipped, `noChange`): each chunk of a
   * long list then renders only its new events, and opening one event renders only its day.
   */
  readonly #dayRenders = new DayRenders();
  /** The blocks of a long list the browser has shown: the others' events are their words only. */
  readonly #shownBlocks = shownBlocks(() => this.requestUpdate());
  /** The event holding the list's one tab stop. */
  #active: string | undefined;
  /** Between `beforeprint` and `afterprint`: closed details are rendered so that they print. */
  #printing = false;
  /** The last event the card selected itself, so the `selected` it reflects does not select twice. */
  #selectedHere: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.#printListener);
    addEventListener('afterprint', this.#printListener);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.#printListener);
    removeEventListener('afterprint', this.#printListener);
  }

  #printListener = (event: Event): void => {
    this.#printing = event.type === 'beforeprint';
    this.requestUpdate();
  };

  /** The event whose element had focus before this update, and that element. */
  #focused: { id: string; item: Element } | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new version of the timeline may put another event in the focused element's place.
    // (Server-side rendering has no render root.)
    const item = (this.renderRoot as ShadowRoot | undefined)?.activeElement?.closest<HTMLElement>(
      '[part~="item"]',
    );
    this.#focused = item ? { id: item.dataset.id!, item } : undefined;
    // The page set `selected`; when the card sets it itself, #select has already run.
    if (changed.has('selected') && this.selected && this.selected !== this.#selectedHere && this.#view)
      this.#select(this.selected, true);
  }

  /** The card's language: the page's around it, else the data's (its filter index depends on it too). */
  #localeFor(timeline: Timeline | undefined): ResolvedLocale {
    return resolveLocale([this.#locale.lang, timeline?.language]);
  }

  protected override render(): TemplateResult {
    const state = this.#source.state;
    const ready = state.status === 'ready' ? state.timeline : undefined;
    const { tag, translation: t, pending } = this.#localeFor(ready);
    const level = Math.max(1, Math.min(6, Math.trunc(this.headingLevel) || 2));
    let body: TemplateResult;
    if (state.status === 'ready' && !pending)
      body = this.#renderTimeline(this.#viewOf(state.timeline), t, tag, level);
    else {
      // The list leaves the page: when it comes back, every day is new to it.
      this.#dayRenders.reset();
      body = state.status === 'error' ? errorState(t, tag, level, state.issues, state.lang) : loadingState(t);
    }
    return html`<div class="card" lang=${tag} dir=${t.dir}>${body}</div>`;
  }

  /** The view of a timeline, made once per timeline (a language change reuses it). */
  #viewOf(timeline: Timeline): TimelineView {
    if (this.#view?.timeline === timeline) return this.#view;
    const another = this.#view?.timeline.id !== timeline.id;
    this.#view = this.#prepared?.timeline === timeline ? this.#prepared : buildTimelineView(timeline);
    this.#prepared = undefined;
    // A live refresh keeps what the reader opened and where they are; another timeline starts over.
    if (!another) return this.#view;
    this.#openIds = new Set([...this.#openIds, ...(this.open?.split(/\s+/).filter(Boolean) ?? [])]);
    // Once it is on the page: the event the address or the selected attribute names.
    void this.updateComplete.then(() => {
      if (!this.#deepLink.check() && this.selected) this.#select(this.selected, false);
    });
    return this.#view;
  }

  #renderTimeline(view: TimelineView, t: Translation, tag: string, level: number): TemplateResult {
    const { language } = view.timeline;
    const dataLang = language && language !== tag ? language : undefined;
    const order = this.order === 'newest' ? 'newest' : 'oldest';
    if (this.#filterIndex?.view !== view || this.#filterIndex.index.locale !== tag)
      this.#filterIndex = { view, index: buildFilterIndex(view, tag) };
    const { index } = this.#filterIndex;
    const filter = this.#filter;
    const shown = this.#shown;
    if (shown?.index !== index || shown.filter !== filter || shown.order !== order) {
      const days = filterDays(view, index, filter, order, tag);
      // Worked out once per filter, not on every chunk of a long list.
      const ids = days.flatMap((day) => day.events.map((event) => event.id));
      this.#shown = { index, filter, order, days, ids };
    }
    const { days, ids } = this.#shown!;
    if (this.#openIds.size || this.#printing) this.#loadBodies();
    const count = ids.length;
    // The first event holds the tab stop until the reader moves, or when a refresh removed theirs.
    if (!this.#active || !ids.includes(this.#active)) this.#active = days[0]?.events[0]?.id;
    const ctx: RenderContext = {
      view,
      t,
      locale: tag,
      level,
      dataLang,
      open: this.#openIds,
      printing: this.#printing,
      marks: this.#source.refreshed,
      active: this.#active,
    };
    // A long list renders in chunks, each a render of the whole card. The parts above the list
    // are rendered again each time, not kept with Lit's guard: that saved no time measurable in
    // `npm run bench:compare` at 1,000 or 10,000 events, and its directive code cost the script
    // tag 153 bytes (commit 8782b53).
    const allOpen = ids.length > 0 && ids.every((id) => this.#openIds.has(id));
    const long = count > LONG_LIST;
    return html`<article aria-labelledby="title" @click=${this.#handleJump}>
      ${header(ctx)} ${atAGlance(ctx)}
      ${
        this.filters === 'off' || view.events.length < 2
          ? nothing
          : controls(ctx, {
              index,
              filter: this.#filter,
              order,
              shown: count,
              allOpen,
              onType: (type: EventType) => this.#setFilter({ types: toggled(this.#filter.types, type) }),
              onParty: (party: string) => this.#setFilter({ parties: toggled(this.#filter.parties, party) }),
              onText: (text: string) => this.#setFilter({ text }),
              onClear: () => this.#setFilter(NO_FILTER),
              onOrder: () => (this.order = order === 'oldest' ? 'newest' : 'oldest'),
              onExpand: () => {
                const open = new Set(this.#openIds);
                const close = ids.every((id) => open.has(id));
                for (const id of ids) {
                  if (close) open.delete(id);
                  else open.add(id);
                }
                this.#openIds = open;
                this.requestUpdate();
              },
            })
      }
      ${view.events.length === 0 ? html`<p part="empty">${t.empty}</p>` : nothing}
      ${this.refresh && this.src && this.timeline === undefined ? html`<p part="refresh" role="status">${this.#refreshNote(t)}</p>` : nothing}
      <div
        part="list"
        role="list"
        class=${long ? 'long' : nothing}
        @keydown=${this.#handleKeydown}
        @focusin=${this.#handleFocusIn}
        @click=${this.#handleToggle}
      >
        ${
          // A live refresh's first render of a new version: every event down to the reader's, at once.
          dayBlocks(
            this.#days(
              ctx,
              firstEvents(
                days,
                this.#chunks.take(count, this.#shown, ids.indexOf(this.#source.reading!) + 1),
              ),
              long,
            ),
          )
        }
      </div>
    </article>`;
  }

  /** What the last refresh did, in words; empty before the first that changed something. */
  #refreshNote(t: Translation): string {
    const refreshed = this.#source.refreshed;
    if (!refreshed) return '';
    return refreshed.failed ? t.live.failed : t.live.announce(refreshed.added.size, refreshed.changed.size);
  }

  protected override updated(): void {
    const blocks = this.renderRoot.querySelector('.long')?.children;
    if (blocks) this.#shownBlocks.watch(blocks);
    const focused = this.#focused;
    if (focused && (!focused.item.isConnected || (focused.item as HTMLElement).dataset.id !== focused.id)) {
      const item = (this.renderRoot as ShadowRoot).getElementById(
        eventFragment(this.#view!.timeline.id, focused.id),
      );
      // Where it was is where the reader is: a live refresh does not scroll the page.
      item?.focus({ preventScroll: true });
      // An event that was its words only has just come on screen (a key, a link or find-in-page
      // went there) and the blocks around it grew as they rendered in full: keep it in view.
      if (!focused.item.querySelector('[part~="meta"]')) item?.scrollIntoView({ block: 'nearest' });
    }
  }

  /** Makes sure the renderer of opened events is there, and renders again once it arrives. */
  #loadBodies(): void {
    if (!bodyRenderer())
      loadBodyRenderer().then(
        () => this.requestUpdate(),
        (error: unknown) => console.error('[parley] could not load the event details:', error),
      );
  }

  /** The list's days: those the page already shows as they should be are left alone (see DayRenders). */
  #days(ctx: RenderContext, days: DayGroup[], long: boolean): unknown[] {
    const { t, locale, level, dataLang, open, printing, marks, active } = ctx;
    const values = this.#dayRenders.values(
      days,
      {
        inputs: [t, locale, level, dataLang, printing, marks],
        open,
        active,
        // Printing cannot wait for a later frame: every day gets its details now.
        body: bodyRenderer(),
        printing,
        budget: printing ? Infinity : RERENDER_BUDGET,
        // A short list skips no block; a printed one shows them all.
        full: (index) => !long || printing || this.#shownBlocks.full(blockOf(index)),
      },
      (day, full) => dayGroup(ctx, day, full),
    );
    if (this.#dayRenders.pending) this.#chunks.again();
    return values;
  }

  #setFilter(change: Partial<TimelineFilter>): void {
    this.#filter = change === NO_FILTER ? NO_FILTER : { ...this.#filter, ...change };
    this.#active = undefined;
    this.requestUpdate();
  }

  /** Opens an event, brings it into view, puts its link in the address bar and says so. */
  #select(id: string, focus: boolean): void {
    const event = this.#view?.events.find((each) => each.id === id);
    if (!event) return;
    this.#openIds = new Set(this.#openIds).add(id);
    this.#active = id;
    this.#selectedHere = this.selected = id;
    this.requestUpdate();
    if (focus) void this.#focusWhenRendered(id);
    this.#deepLink.write(id);
    this.dispatchEvent(new ParleySelectEvent({ id, event }));
  }

  /** Scrolls to an event and focuses it, once its chunk of a long list is on the page. */
  async #focusWhenRendered(id: string): Promise<void> {
    for (;;) {
      await this.updateComplete;
      const item = (this.renderRoot as ShadowRoot).getElementById(eventFragment(this.#view!.timeline.id, id));
      if (item) {
        const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
        item.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
        return item.focus({ preventScroll: true });
      }
      if (this.#chunks.done) return; // filtered out
      await new Promise(requestAnimationFrame);
    }
  }

  /** A link in the At-a-glance block: open that event, bring it into view and move focus to it. */
  #handleJump = (event: MouseEvent): void => {
    const link = (event.target as Element).closest('a[data-event]');
    if (!link) return;
    event.preventDefault();
    this.#select(link.getAttribute('data-event')!, true);
  };

  /** An event's Details button, pressed (or Enter/Space on the event): opening selects the event. */
  #handleToggle = (event: MouseEvent): void => {
    const button = (event.target as Element).closest('[part~="toggle"]');
    const id = button?.closest<HTMLElement>('[part~="item"]')?.dataset.id;
    if (!id) return;
    if (!this.#openIds.has(id)) return this.#select(id, false);
    const open = new Set(this.#openIds);
    open.delete(id);
    this.#openIds = open;
    this.requestUpdate();
  };

  #handleFocusIn = (event: FocusEvent): void => {
    const id = (event.target as Element).closest<HTMLElement>('[part~="item"]')?.dataset.id;
    if (id && id !== this.#active) {
      this.#active = id;
      this.requestUpdate();
    }
  };

  #handleKeydown = (event: KeyboardEvent): void =>
    handleListKeydown(event, this.renderRoot, (id) => {
      // Only an event with details opens, as its Details button would.
      const opened = this.#view!.events.find((each) => each.id === id);
      if (opened && hasDetails(this.#view!, opened)) this.#select(id, true);
    });
}

declare global {
  interface HTMLElementTagNameMap {
    'parley-timeline': ParleyTimeline;
  }
}
