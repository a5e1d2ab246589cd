import { _checkTimelineJsonInSteps, type _CheckedTimeline } from '@parley/core';

/**
 * A check run in steps (see `runSteps` in timeline-source.ts). It ends with its result, or, where
 * part of it must load first, with a promise of the steps that finish it.
 */
export type CheckSteps = Generator<void, _CheckedTimeline | Promise<CheckSteps>, void>;

/**
 * Checks the card's JSON text in steps. Bundlers: core's check, strict JSON reader included. The
 * script-tag build replaces this module with `load-json-reader.script.ts`, which leaves that
 * reader to `parley-timeline.messages.js`.
 */
export const checkTimelineJsonInSteps: (text: string, itemsPerStep: number) => CheckSteps =
  _checkTimelineJsonInSteps;
