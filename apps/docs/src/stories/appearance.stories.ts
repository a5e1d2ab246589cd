import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '@parley/widget/define';
import istanbul from '@parley/core/examples/istanbul-2025-06-02.json';
import { cardIn, parts, waitForPart } from './support/card.js';
import { cardArgTypes, renderCard, type CardArgs } from './support/render-card.js';

/** Themes, density, container widths and a newsroom's own look through `--parley-*` and `::part`. */
const meta: Meta<CardArgs> = {
  title: 'Card/Appearance',
  component: 'parley-timeline',
  argTypes: cardArgTypes(),
  args: { timeline: istanbul },
  render: (args) => renderCard(args),
};

export default meta;

type Story = StoryObj<CardArgs>;

const background = (card: Element) => getComputedStyle(card).backgroundColor;

/** The default: dark text on white. */
export const Light: Story = {
  args: { theme: 'light' },
  play: async ({ canvasElement }) => {
    const card = cardIn(canvasElement);
    await waitForPart(card, 'title');
    await expect(background(card)).toBe('rgb(255, 255, 255)');
  },
};

/** `theme="dark"`: light text on a dark card, with its own contrast-checked colours. */
export const Dark: Story = {
  args: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const card = cardIn(canvasElement);
    await waitForPart(card, 'title');
    await expect(background(card)).toBe('rgb(27, 28, 31)');
  },
};

/** `theme="auto"`: light or dark as the reader's system is set (light in the test browser). */
export const Auto: Story = {
  args: { theme: 'auto' },
  play: async ({ canvasElement }) => {
    const card = cardIn(canvasElement);
    await waitForPart(card, 'title');
    const dark = matchMedia('(prefers-color-scheme: dark)').matches;
    await expect(background(card)).toBe(dark ? 'rgb(27, 28, 31)' : 'rgb(255, 255, 255)');
  },
};

/** `density="compact"`: tighter spacing for sidebars and live blogs. */
export const Compact: Story = {
  args: { density: 'compact' },
  play: async ({ canvasElement }) => {
    const card = cardIn(canvasElement);
    await waitForPart(card, 'title');
    const compactHeight = card.getBoundingClientRect().height;
    card.removeAttribute('density');
    await card.updateComplete;
    await expect(compactHeight).toBeLessThan(card.getBoundingClientRect().height);
  },
};

/** On a 320 px phone column: one fact per line, nothing wider than the column. */
export const Phone320: Story = {
  name: '320 px container',
  args: { width: '320px' },
  play: async ({ canvasElement }) => {
    const card = cardIn(canvasElement);
    await waitForPart(card, 'title');
    await expect(card.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    const article = card.shadowRoot!.querySelector('article')!;
    await expect(article.scrollWidth).toBeLessThanOrEqual(article.clientWidth);
  },
};

/** In a 1,200 px column, as on a wide article page. */
export const Wide1200: Story = {
  name: '1,200 px container',
  args: { width: '1200px' },
  parameters: { layout: 'fullscreen' },
  play: async ({ canvasElement }) => {
    const card = cardIn(canvasElement);
    await waitForPart(card, 'title');
    await expect(Math.round(card.getBoundingClientRect().width)).toBe(Math.min(1200, window.innerWidth));
  },
};

/**
 * A newsroom's own look: colours and font through `--parley-*` custom properties (set on any
 * ancestor or on the card), and single pieces restyled through `::part(...)`.
 */
export const CustomTheme: Story = {
  render: (args) => html`
    <style>
      .newsroom {
        --parley-accent: #8a1c1c;
        --parley-surface: #fbf3e6;
        --parley-border: #c9b79c;
        --parley-text: #2b2118;
        --parley-muted: #5e4b3a;
        --parley-font: Georgia, 'Times New Roman', serif;
        --parley-radius: 0;
      }
      .newsroom parley-timeline::part(title) {
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
      .newsroom parley-timeline::part(chip) {
        border-radius: 0;
      }
    </style>
    <div class="newsroom">${renderCard(args)}</div>
  `,
  play: async ({ canvasElement }) => {
    const card = cardIn(canvasElement);
    const title = await waitForPart(card, 'title');
    await expect(getComputedStyle(title).textTransform).toBe('uppercase');
    await expect(getComputedStyle(card).fontFamily).toContain('Georgia');
    await expect(getComputedStyle(parts(card, 'chip')[0]!).borderRadius).toBe('0px');
  },
};
