import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import '@parley/widget/define';
import { parseTimeline } from '@parley/core';
import istanbul from '@parley/core/examples/istanbul-2025-06-02.json';
import { cardApi } from './support/card-api.js';
import { cardIn, parts, partText, waitForPart } from './support/card.js';
import { mockSources, mockUrl } from './support/mock-sources.js';
import { cardArgTypes, renderCard, type CardArgs } from './support/render-card.js';

/**
 * `<parley-timeline>` shows a negotiation timeline as an accessible card. Its attributes, events,
 * parts and custom properties below come from `custom-elements.json`, which the widget's build
 * generates from the element's JSDoc; every control changes the card beside it.
 */
const meta: Meta<CardArgs> = {
  title: 'Card/Overview',
  component: 'parley-timeline',
  tags: ['autodocs'],
  argTypes: cardArgTypes(),
  render: (args) => renderCard(args),
};

export default meta;

type Story = StoryObj<CardArgs>;

/** The 2 June 2025 talks in Istanbul, from the example that ships with `@parley/core`. */
export const Istanbul: Story = {
  args: { timeline: istanbul },
  play: async ({ canvasElement }) => {
    const card = cardIn(canvasElement);
    await waitForPart(card, 'title');
    await expect(partText(card, 'title')).toBe(parseTimeline(istanbul).title);
    await expect(parts(card, 'item')).toHaveLength(istanbul.events.length);
  },
};

const wired: CardArgs = {
  src: mockUrl('/wired.json'),
  timeout: 4000,
  'max-bytes': 400_000,
  theme: 'dark',
  density: 'compact',
  'heading-level': 3,
  order: 'newest',
  filters: 'off',
  open: 'talks-round-2',
  selected: 'exchange-agreement',
  // Long enough that no check runs during the test.
  refresh: 3600,
  '--parley-radius': '0',
};

/**
 * Every attribute at once, each from its control: `src` (a mocked URL), `timeout`, `max-bytes`,
 * `theme`, `density`, `heading-level`, `order`, `filters`, `open`, `selected` and `refresh`. The
 * test checks every attribute custom-elements.json lists, so a new one must be wired here too.
 */
export const EveryAttribute: Story = {
  args: wired,
  beforeEach: () => {
    const restore = mockSources({ '/wired.json': { body: JSON.stringify(istanbul) } });
    return () => {
      restore();
      history.replaceState(null, '', location.pathname + location.search);
    };
  },
  play: async ({ canvasElement, step }) => {
    const card = cardIn(canvasElement);
    await step('each attribute in custom-elements.json reaches the element', async () => {
      for (const { name } of cardApi.attributes) {
        await expect({ [name]: card.getAttribute(name) }).toEqual({ [name]: String(wired[name]) });
      }
    });
    await step('and does what it says', async () => {
      await waitForPart(card, 'title');
      await expect(card.timeout).toBe(4000);
      await expect(card.maxBytes).toBe(400_000);
      await expect(parts(card, 'title')[0]?.getAttribute('aria-level')).toBe('3');
      await expect(parts(card, 'controls')).toHaveLength(0);
      const items = parts(card, 'item');
      // Newest first: the first round (May 2025) comes last, not first.
      await expect(items.at(-1)?.getAttribute('data-id')).toBe('talks-round-1');
      await expect(getComputedStyle(card).borderTopLeftRadius).toBe('0px');
      const open = items
        .filter((item) => item.querySelector('[part~="toggle"]')?.getAttribute('aria-expanded') === 'true')
        .map((item) => item.getAttribute('data-id'));
      await expect(open).toEqual(expect.arrayContaining(['talks-round-2', 'exchange-agreement']));
    });
  },
};
