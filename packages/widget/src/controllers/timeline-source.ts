import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  _checkTimelineInSteps,
  type _CheckedTimeline,
  type _IssueData,
  type ParleyIssue,
  type Timeline,
} from '@parley/core';
import { ParleyErrorEvent } from '../events/parley-error-event.js';
import { ParleyUpdateEvent } from '../events/parley-update-event.js';
import type { TimelineDiff } from '../model/timeline-diff.js';
import type { LoadIssueCode, LoadOptions, LoadResult } from './load-timeline-text.js';
import type { RefreshSchedule } from './refresh-schedule.js';
import { resolveLocale } from '../i18n/locales.js';
import { issueLanguage, type IssueLanguage } from './issue-language.js';
import { issueWords, loadIssueWords, type IssueWords } from './load-issue-words.js';
import { nearestLang } from './page-locale.js';
import { loadRemoteSource } from './load-remote-source.js';
import { inNextTask } from './next-task.js';
import { checkTimelineJsonInSteps, type CheckSteps } from './load-json-reader.js';

/** A problem with the data, or with loading it from `src`. */
export type TimelineIssue = ParleyIssue | ParleyIssue<LoadIssueCode>;

/** Where the card's data stands, in the shape of `@lit/task`'s status. */
export type SourceState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly timeline: Timeline }
  | {
      readonly status: 'error';
      readonly issues: readonly TimelineIssue[];
      /** The language of the issues' words; English when absent. */
      readonly lang?: IssueLanguage;
      /** The issues' data, when the parser found them: worded again if the card's language changes. */
      readonly data?: readonly _IssueData[];
    };

/** What the controller reads from its element. */
export interface TimelineSourceHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  timeline: unknown;
  src: string | undefined;
  timeout: number;
  maxBytes: number;
  refresh: number | undefined;
}

/** Work a card does on a long timeline before its first render, a task per function. */
export type Preparation = (timeline: Timeline) => (() => void) | void;

/** What the last live refresh did: the marks on events it added or changed, and whether it failed. */
export interface RefreshState extends Omit<TimelineDiff, 'removed'> {
  readonly failed: boolean;
}

const NOTHING_CHANGED: RefreshState = { failed: false, added: new Set(), changed: new Set() };

const NO_DATA: ParleyIssue = {
  code: 'invalid_type',
  message:
    'No timeline data: set the src attribute or the timeline property, or put a <script type="application/json"> inside the element.',
  path: [],
};

/** Shown first when the words for issues could not be loaded; each issue then shows its code. */
const NO_WORDS: ParleyIssue<LoadIssueCode> = {
  code: 'network_error',
  message:
    'Could not load parley-timeline.messages.js, which reads and words problems with the data: keep it beside parley-timeline.js.',
  path: [],
};

/** Events validated between two checks of the clock: a few milliseconds' work. */
const EVENTS_PER_STEP = 250;
/**
 * Validation time per task, in milliseconds: a long timeline is validated across tasks, so the
 * page can scroll and respond meanwhile (10,000 events take a few hundred ms on a slow machine).
 */
const TASK_BUDGET_MS = 30;
/** And at most this many steps (2,000 events) per task, however fast the machine. */
const STEPS_PER_TASK = 8;

/**
 * Runs a step-wise check to its end: at once when it takes one task's worth, otherwise across
 * tasks of at most STEPS_PER_TASK steps or TASK_BUDGET_MS each, as long as `wanted()` holds.
 * `done` learns whether it took more than one task.
 */
function runSteps(
  steps: CheckSteps,
  wanted: () => boolean,
  done: (checked: _CheckedTimeline, stepped: boolean) => void,
  dropped: () => void = () => {},
): void {
  let stepped = false;
  const run = (): void => {
    if (!wanted()) return dropped();
    const started = performance.now();
    let stepsThisTask = 0;
    do {
      const step = steps.next();
      if (step.done) {
        if (!(step.value instanceof Promise)) return done(step.value, stepped);
        // Part of the check had to load first (the script tag's strict JSON reader): go on once it has.
        stepped = true;
        return void step.value.then((more) => {
          steps = more;
          run();
        });
      }
    } while (++stepsThisTask < STEPS_PER_TASK && performance.now() - started < TASK_BUDGET_MS);
    stepped = true;
    inNextTask(run);
  };
  run();
}

/**
 * Finds, loads and validates the card's data: the `timeline` property, else `src`, else a child
 * `<script type="application/json">`. A `src` request is aborted when the source changes or the
 * element leaves the page, and a stale answer is never shown. Fires `parley-error` on failure.
 */
export class TimelineSourceController implements ReactiveController {
  state: SourceState = { status: 'loading' };
  /** Set once a live refresh (`refresh` with `src`) has run. */
  refreshed: RefreshState | undefined;
  /**
   * While a refresh's new version first renders: the event the reader is reading (noted by
   * `keepReadingPlace`), which the card renders along with every event above it, so that it can
   * stay where it is on screen.
   */
  reading: string | undefined;

  readonly #host: TimelineSourceHost;
  /** The sources the state was made from; a change in either loads again. */
  #loadedFrom: { timeline: unknown; src: string | undefined } | undefined;
  /** Cancels the `src` request in flight, if any. */
  #loading: AbortController | undefined;
  /** Re-reads the child JSON when a page script adds or edits it. */
  #childObserver: MutationObserver | undefined;
  /** The `src` text on screen: a refresh that brings the same text (a 304) changes nothing. */
  #shownText: string | undefined;
  /** The `refresh` interval the schedule runs with. */
  #refreshEvery: number | undefined;
  /** Made once the `src` code has arrived (the script tag imports it on demand). */
  #schedule: RefreshSchedule | undefined;
  /** Counts state changes, so issues worded after a newer state was set are never shown. */
  #version = 0;
  /** The validation under way, if any; a newer source or leaving the page drops it. */
  #checking: CheckSteps | undefined;
  /** The language the issues on screen are worded, or being worded, for. */
  #issuesFor: IssueLanguage | undefined;

  readonly #prepare: Preparation | undefined;

  /**
   * @param prepare - Called with a long timeline once it is valid, in a task of its own before the
   *   card renders it, and what it returns in the next: the card builds its view and its filter
   *   index there, so that no one task does all the work.
   */
  constructor(host: TimelineSourceHost, prepare?: Preparation) {
    this.#host = host;
    this.#prepare = prepare;
    host.addController(this);
  }

  hostConnected(): void {
    // While the page is still arriving, the parser adds the child JSON in pieces: #start waits
    // for all of it then, as it does on the first read.
    this.#childObserver ??= new MutationObserver(() => {
      if (this.#host.timeline === undefined && !this.#host.src) this.#start();
    });
    this.#childObserver.observe(this.#host, { childList: true, subtree: true, characterData: true });
    // Back on the page after a move: a request cancelled on the way out starts again.
    if (this.#loadedFrom) this.#start();
  }

  hostDisconnected(): void {
    this.#childObserver?.disconnect();
    document.removeEventListener('DOMContentLoaded', this.#read);
    this.#loading?.abort();
    this.#loading = undefined;
    this.#checking = undefined;
    this.#schedule?.stop();
    this.#refreshEvery = undefined;
  }

  /** Runs before each render: loads again when `timeline` or `src` changed since the last load. */
  hostUpdate(): void {
    const { timeline, src } = this.#host;
    const refresh = timeline === undefined && src ? (this.#host.refresh ?? 0) : 0;
    if (refresh !== this.#refreshEvery) {
      this.#refreshEvery = refresh;
      this.#schedule?.stop();
      if (refresh)
        void loadRemoteSource().then(
          ({ RefreshSchedule }) => {
            if (this.#refreshEvery === refresh)
              (this.#schedule ??= new RefreshSchedule(() => this.#refresh())).start(refresh);
          },
          () => {},
        ); // #load says why the code is missing
    }
    // The card's language changed while it shows issues: word them again, in the new one.
    const { state } = this;
    if (state.status === 'error' && state.data && this.#issuesFor !== this.#issueLanguage())
      void this.#showIssues(state.data, false);
    if (this.#loadedFrom && this.#loadedFrom.timeline === timeline && this.#loadedFrom.src === src) return;
    this.#loadedFrom = { timeline, src };
    this.refreshed = undefined;
    this.#start();
  }

  /** Shows `state`; an error fires `parley-error` unless it is the same issues in another language. */
  #set(state: SourceState, announce = true): void {
    this.#version++;
    this.state = state;
    this.#host.requestUpdate();
    if (state.status === 'error' && announce) this.#host.dispatchEvent(new ParleyErrorEvent(state.issues));
  }

  /** The language to word issues in: the card's (in the error state, the page's around it). */
  #issueLanguage(): IssueLanguage {
    return issueLanguage(resolveLocale([nearestLang(this.#host)]).tag);
  }

  #start(): void {
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
    this.#checking = undefined;
    const { timeline, src } = this.#host;
    if (timeline === undefined && src) {
      void this.#load(src);
      return;
    }
    if (timeline !== undefined) return this.#check(_checkTimelineInSteps(timeline, EVENTS_PER_STEP));
    const script = this.#host.querySelector(':scope > script[type="application/json"]');
    if (script) this.#check(checkTimelineJsonInSteps(script.textContent ?? '', EVENTS_PER_STEP));
    else this.#set({ status: 'error', issues: [NO_DATA] });
  };

  async #load(src: string): Promise<void> {
    const controller = new AbortController();
    this.#loading = controller;
    if (this.state.status !== 'loading') this.#set({ status: 'loading' });
    const result = await this.#fetch(src, controller.signal, false);
    // A newer src, a property, or leaving the page replaced this request: never show stale data.
    if (this.#loading !== controller) return;
    this.#loading = undefined;
    if (result.ok) {
      this.#shownText = result.text;
      this.#check(checkTimelineJsonInSteps(result.text, EVENTS_PER_STEP));
    } else if ('issue' in result) this.#set({ status: 'error', issues: [result.issue] });
  }

  /** Loads `src` with the host's limits, once the `src` code is there. */
  async #fetch(src: string, signal: AbortSignal, revalidate: boolean): Promise<LoadResult> {
    const options: LoadOptions = {
      signal,
      timeoutMs: this.#host.timeout,
      maxBytes: this.#host.maxBytes,
      base: document.baseURI,
      revalidate,
    };
    try {
      return await (await loadRemoteSource()).loadTimelineText(src, options);
    } catch {
      // Only the script tag can get here: parley-timeline.remote.js is missing or blocked.
      return {
        ok: false,
        issue: {
          code: 'network_error',
          message:
            'Could not load parley-timeline.remote.js, which loads src: keep it beside parley-timeline.js.',
          path: [],
        },
      };
    }
  }

  /**
   * One live refresh of `src`: unchanged text changes nothing; a valid new version replaces the
   * one on screen and says what changed; a failure keeps the last good version, with a note.
   * Resolves to whether the server gave a usable answer (the schedule backs off when not).
   */
  async #refresh(): Promise<boolean> {
    const { src } = this.#host;
    if (this.#loading || this.#host.timeline !== undefined || !src) return true; // a load is under way
    const controller = new AbortController();
    this.#loading = controller;
    const result = await this.#fetch(src, controller.signal, true);
    if (this.#loading !== controller) return true;
    this.#loading = undefined;
    const changedText = result.ok && result.text !== this.#shownText ? result.text : undefined;
    const parsed =
      changedText === undefined
        ? undefined
        : await new Promise<_CheckedTimeline | undefined>((resolve) =>
            // A new version of a long timeline is checked across tasks too; a newer source drops it.
            runSteps(
              checkTimelineJsonInSteps(changedText, EVENTS_PER_STEP),
              () => !this.#loading && this.#host.src === src && this.#host.timeline === undefined,
              resolve,
              () => resolve(undefined),
            ),
          );
    if (changedText !== undefined && !parsed) return true; // another source took over meanwhile
    const before = this.state.status === 'ready' ? this.state.timeline : undefined;
    if (!result.ok || (parsed && !parsed.success)) {
      const issues = parsed && !parsed.success ? parsed.issues : 'issue' in result ? [result.issue] : [];
      // The issues' data, unworded: the words are loaded only for a card that shows them.
      console.warn(`[parley] could not refresh ${src}; keeping the version on screen:`, issues);
      // Before a first good version, the error state shows why; after one, a quiet note does.
      if (before) {
        this.refreshed = { ...(this.refreshed ?? NOTHING_CHANGED), failed: true };
        this.#host.requestUpdate();
      } else if (parsed && !parsed.success) void this.#showIssues(parsed.issues);
      else if (issues.length) this.#set({ status: 'error', issues: issues as readonly TimelineIssue[] });
      return false;
    }
    if (!parsed) {
      if (this.refreshed?.failed) {
        this.refreshed = { ...this.refreshed, failed: false };
        this.#host.requestUpdate();
      }
      return true;
    }
    this.#shownText = (result as { text: string }).text;
    const timeline = parsed.data;
    const remote = await loadRemoteSource();
    const diff = before && remote.diffTimelines(before, timeline);
    if (diff) this.refreshed = { failed: false, added: diff.added, changed: diff.changed };
    const putBack = remote.keepReadingPlace(this.#host.renderRoot, timeline, this);
    this.#show(parsed);
    void this.#host.updateComplete.then(() => {
      putBack();
      if (diff)
        this.#host.dispatchEvent(
          new ParleyUpdateEvent({
            added: [...diff.added],
            changed: [...diff.changed],
            removed: diff.removed,
            timeline,
          }),
        );
    });
    return true;
  }

  /**
   * Validates in steps and shows the result: a short timeline at once, a long one over several
   * tasks of about TASK_BUDGET_MS each, while the card keeps what it showed before.
   */
  #check(steps: CheckSteps): void {
    this.#checking = steps;
    const wanted = () => this.#checking === steps; // not once a newer source or leaving the page
    runSteps(steps, wanted, (checked, stepped) => {
      if (!stepped) return this.#done(checked);
      // After several tasks: the view in a task of its own, then the card in another.
      const then = (next: () => void) => inNextTask(() => wanted() && next());
      then(() => {
        const more = checked.success ? this.#prepare?.(checked.data) : undefined;
        if (more) then(more);
        then(() => this.#done(checked));
      });
    });
  }

  #done(checked: _CheckedTimeline): void {
    this.#checking = undefined;
    this.#show(checked);
  }

  #show(checked: _CheckedTimeline): void {
    if (checked.success) this.#set({ status: 'ready', timeline: checked.data });
    else void this.#showIssues(checked.issues);
  }

  /**
   * Shows the issues of a parse that failed, in words, in the card's language (Ukrainian, Russian
   * and Turkish from core's locales, any other in English). Words not loaded yet are loaded on
   * demand: until they arrive the card says it is loading (never the previous data), and the
   * error state and `parley-error` both wait for them, so each issue has its message. Should the
   * words never come, each issue shows its code, after a line saying why. Worded again in another
   * language (`announce` false), the issues stay on screen in the old one until the new arrive.
   */
  async #showIssues(data: readonly _IssueData[], announce = true): Promise<void> {
    const lang = this.#issueLanguage();
    const show = ({ lang, word }: IssueWords) =>
      this.#set({ status: 'error', issues: word(data), lang, data }, announce);
    this.#issuesFor = lang;
    const ready = issueWords(lang);
    if (ready) return show(ready);
    if (announce && this.state.status !== 'loading') this.#set({ status: 'loading' });
    const version = ++this.#version;
    let words: IssueWords | undefined;
    try {
      words = await loadIssueWords(lang);
    } catch {
      // no words at all: each issue shows its code
    }
    // A newer source, a newer answer for it, or another language has been shown meanwhile.
    if (version !== this.#version) return;
    if (words) show(words);
    else
      this.#set(
        {
          status: 'error',
          issues: [NO_WORDS, ...data.map((issue) => ({ ...issue, message: issue.code }))],
          data,
        },
        announce,
      );
  }
}
