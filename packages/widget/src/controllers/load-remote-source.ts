import * as remote from './remote-source.js';

/**
 * Where the `src` code comes from. Bundlers: it is in the bundle. The script-tag build replaces
 * this module with `load-remote-source.script.ts`, which imports `parley-timeline.remote.js`.
 */
export const loadRemoteSource = (): Promise<typeof remote> => Promise.resolve(remote);
