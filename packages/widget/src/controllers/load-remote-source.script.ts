import type * as remote from './remote-source.js';
import { loadChunk } from '../script-tag/load-chunk.js';

let loading: Promise<typeof remote> | undefined;

/** The script tag's `src` code, `parley-timeline.remote.js`, imported once (see `loadChunk`). */
export const loadRemoteSource = (): Promise<typeof remote> =>
  (loading ??= loadChunk<typeof remote>('remote'));
