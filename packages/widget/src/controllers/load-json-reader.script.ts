import { _checkTimelineJsonWithInSteps, type _CheckedTimeline, type _JsonReading } from '@parley/core';
import type { CheckSteps } from './load-json-reader.js';
import { loadChunk } from '../script-tag/load-chunk.js';

/** What the card shows when the reader cannot load: NO_WORDS names the file, then this code. */
// eslint-disable-next-line require-yield
function* unreadable(): CheckSteps {
  return {
    success: false,
    issues: [{ code: 'network_error', path: [] }],
    warnings: [],
  } as unknown as _CheckedTimeline;
}

/**
 * The script tag's check of JSON text. `JSON.parse` and core's walk vouch for almost every valid
 * text, so the strict reader, which finds what is wrong and where (about 3 KiB gzip), is not in
 * the script tag. Where they cannot vouch, or the timeline has issues (whose line and column only
 * the strict reader finds), the text is checked again with it, from `parley-timeline.messages.js`:
 * a card with issues imports that file for their words anyway.
 */
export function* checkTimelineJsonInSteps(text: string, itemsPerStep: number): CheckSteps {
  return (
    (yield* _checkTimelineJsonWithInSteps(undefined, text, itemsPerStep)) ??
    loadChunk<{ jsonReading: _JsonReading }>('messages').then(
      ({ jsonReading }) => _checkTimelineJsonWithInSteps(jsonReading, text, itemsPerStep) as CheckSteps,
      unreadable,
    )
  );
}
