// Lit SSR after the global DOM shim, as Astro's Lit integration and others install it: a
// `window` and a `document` exist on the server, but they are stubs (no readyState, no
// querySelector, no closest). This import must come first.
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { describeServerRendering } from './testing/server-rendering.js';

describeServerRendering('the global DOM shim');
