import type * as words from './issue-words.js';
import { loadChunk } from '../script-tag/load-chunk.js';

let loaded: typeof words | undefined;
let loading: Promise<typeof words> | undefined;

/** The script tag's words for issues, once `parley-timeline.messages.js` has arrived. */
export const issueWords = (): typeof words | undefined => loaded;

/** Imports `parley-timeline.messages.js` once (see `loadChunk`). */
export const loadIssueWords = (): Promise<typeof words> =>
  (loading ??= loadChunk<typeof words>('messages').then((module) => (loaded = module)));
