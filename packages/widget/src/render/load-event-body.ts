import { eventBody } from './event-body.js';

/**
 * Where `eventBody` comes from. Bundlers: it is in the bundle, ready at once. The script-tag
 * build replaces this module with `load-event-body.script.ts`, which loads it on demand.
 */
export const bodyRenderer = (): typeof eventBody | undefined => eventBody;

export const loadBodyRenderer = (): Promise<void> => Promise.resolve();
