import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import manifest from '@parley/widget/custom-elements.json';

// The args table and the docs pages read the element's API from its manifest, itself generated
// from the class JSDoc: one source for attributes, events, parts and CSS properties.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Docs pages show the card in a frame tall enough to read it, not a 100px strip.
    docs: { story: { inline: false, iframeHeight: 900 } },
  },
};

export default preview;
