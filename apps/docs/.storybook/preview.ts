import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { configure } from 'storybook/test';
import manifest from '@parley/widget/custom-elements.json';

// The args table and the docs pages read the element's API from its manifest, itself generated
// from the class JSDoc: one source for attributes, events, parts and CSS properties.
setCustomElementsManifest(manifest);

// waitFor's 1 s default is too short for a card loading on a CI machine shared by other jobs.
configure({ asyncUtilTimeout: 10_000 });

/** console.error calls made while the current story rendered and played. */
let consoleErrors: unknown[][] = [];

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Docs pages show the card in a frame tall enough to read it, not a 100px strip.
    docs: { story: { inline: false, iframeHeight: 900 } },
    // Every story is an accessibility test: an axe-core violation fails it in `npm test`.
    a11y: { test: 'error' },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Getting started',
          'Card',
          ['Overview', 'Data sources', 'States', 'Appearance', 'Languages', 'Reading'],
          'Tools',
          'Data model',
          'Errors',
          'Embedding',
          'Theming',
          'Accessibility',
          'Security',
          'Changelog',
        ],
      },
    },
  },
  // A story that logs an error fails, even when it looks right: the page would log it too.
  beforeEach() {
    consoleErrors = [];
    const original = console.error;
    console.error = (...args: unknown[]) => {
      consoleErrors.push(args);
      original.apply(console, args);
    };
    return () => {
      console.error = original;
    };
  },
  afterEach() {
    if (consoleErrors.length === 0) return;
    const listed = consoleErrors.map((args) => args.map(String).join(' ')).join('\n');
    throw new Error(`The story logged ${consoleErrors.length} console error(s):\n${listed}`);
  },
};

export default preview;
