// Lit SSR in plain Node, as Lit's docs set it up: Lit's Node build brings its own minimal DOM
// shim (HTMLElement, customElements) and no `window` or `document`.
import { describeServerRendering } from './testing/server-rendering.js';

describeServerRendering("Lit's minimal shim, no document");
