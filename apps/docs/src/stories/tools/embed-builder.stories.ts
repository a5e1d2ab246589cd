import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { ParleyEmbedBuilder } from '../../embed-builder/parley-embed-builder.js';
import '../../embed-builder/parley-embed-builder.js';
import { partText, waitForPart } from '../support/card.js';

/**
 * Choose the data, theme, language, density, the reader's filters and order; see the card, and
 * copy the snippet for the page (the pinned script tag with `integrity`, the card, its data and
 * fallback content) or the iframe for content systems that strip scripts.
 */
const meta: Meta = {
  title: 'Tools/Embed builder',
  parameters: { layout: 'fullscreen' },
  render: () =>
    html`<main style="padding: 1rem">
      <h1>Embed builder</h1>
      <parley-embed-builder></parley-embed-builder>
    </main>`,
};

export default meta;

export const EmbedBuilder: StoryObj = { name: 'Embed builder' };

const small = {
  id: 'round-two',
  title: 'Round two in Istanbul',
  summary: 'One meeting.',
  events: [{ type: 'talks', id: 'r2', date: '2025-06-02', title: 'Second round of direct talks' }],
};

/** The test, hidden from the sidebar: paste, choose, and check the preview and both snippets. */
export const EmbedBuilderTest: StoryObj = {
  name: 'Embed builder (test)',
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, step }) => {
    const builder = canvasElement.querySelector<ParleyEmbedBuilder>('parley-embed-builder')!;
    await builder.updateComplete;
    const root = builder.shadowRoot!;
    const card = root.querySelector('parley-timeline')!;
    await step('pasted data and a dark, compact, Ukrainian card', async () => {
      const textarea = root.querySelector('textarea')!;
      textarea.value = JSON.stringify(small);
      textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      for (const [name, value] of [
        ['theme', 'dark'],
        ['lang', 'uk'],
        ['density', 'compact'],
      ] as const) {
        await userEvent.selectOptions(root.querySelector(`select[name="${name}"]`)!, value);
      }
      await waitFor(() => expect(partText(card, 'title')).toBe(small.title));
      await expect(card.getAttribute('theme')).toBe('dark');
      const snippet = root.querySelector('[data-snippet="script"]')!.textContent!;
      await expect(snippet).toContain('<parley-timeline theme="dark" lang="uk" density="compact">');
      await expect(snippet).toMatch(/integrity="sha384-[\w+/=]+"/);
      await expect(snippet).toContain('"title": "Round two in Istanbul"');
      await expect(snippet).toContain('<p>Round two in Istanbul. One meeting.</p>');
      await expect(root.querySelector('[data-snippet="iframe"]')).toBeNull();
    });
    await step('broken JSON says where, and gives no snippet', async () => {
      const textarea = root.querySelector('textarea')!;
      textarea.value = '{ "id": "x", }';
      textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await waitFor(() =>
        expect(root.querySelector('[aria-label="Problems with the pasted JSON"]')?.textContent).toContain(
          'Line 1, column',
        ),
      );
      await expect(root.querySelector('[data-snippet="script"]')).toBeNull();
    });
    await step('a URL gives a src snippet and the iframe', async () => {
      await userEvent.click(root.querySelector('input[value="url"]')!);
      await userEvent.selectOptions(root.querySelector('select[name="filters"]')!, 'off');
      await userEvent.selectOptions(root.querySelector('select[name="order"]')!, 'newest');
      await waitFor(() => expect(root.querySelector('[data-snippet="iframe"]')).not.toBeNull());
      const frame = root.querySelector('[data-snippet="iframe"]')!.textContent!;
      // Every choice reaches the iframe too, not only the script snippet.
      await expect(frame).toContain(
        'embed.html?src=https%3A%2F%2Fexample.org%2Ftimelines%2Fistanbul-2025-06-02.json&amp;theme=dark&amp;lang=uk&amp;density=compact&amp;filters=off&amp;order=newest',
      );
      await expect(root.querySelector('[data-snippet="script"]')!.textContent).toContain(
        'src="https://example.org/timelines/istanbul-2025-06-02.json"',
      );
      await waitForPart(card, 'error');
    });
  },
};
