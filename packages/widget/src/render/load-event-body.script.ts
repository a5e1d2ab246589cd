import { html, nothing } from 'lit';
import type { eventBody } from './event-body.js';
import { eventAnchor, heading, names, time, word } from './context.js';
import { formatList, formatNumber, formatUnit } from '../i18n/intl-cache.js';
import { safeHttpUrl } from './safe-url.js';
import { loadChunk } from '../script-tag/load-chunk.js';
import { SCRIPT_TAG_KIT } from '../script-tag/kit.js';

let renderer: typeof eventBody | undefined;
let loading: Promise<void> | undefined;

/** The script tag's `eventBody`, once `parley-timeline.details.js` has arrived. */
export const bodyRenderer = (): typeof eventBody | undefined => renderer;

/**
 * Loads `parley-timeline.details.js` once. It is built without its own copy of Lit or of the
 * helpers it shares with the card: it takes them from this kit (build/script-tag-kit.ts).
 */
export function loadBodyRenderer(): Promise<void> {
  if (loading) return loading;
  (globalThis as Record<symbol, unknown>)[SCRIPT_TAG_KIT] = {
    html,
    nothing,
    heading,
    names,
    time,
    word,
    eventAnchor,
    formatList,
    formatNumber,
    formatUnit,
    safeHttpUrl,
  };
  return (loading = loadChunk<{ eventBody: typeof eventBody }>('details').then((module) => {
    renderer = module.eventBody;
  }));
}
