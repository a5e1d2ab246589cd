import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@parley/widget/define';
import istanbul from '@parley/core/examples/istanbul-2025-06-02.json';
import { cardIn, parts, partText, waitForPart } from './support/card.js';
import { mockSources, mockUrl } from './support/mock-sources.js';
import { cardArgTypes, renderCard, type CardArgs } from './support/render-card.js';

/** The three ways to give the card its data: the `timeline` property, a `src` URL, or a child script. */
const meta: Meta<CardArgs> = {
  title: 'Card/Data sources',
  component: 'parley-timeline',
  argTypes: cardArgTypes(),
  render: (args) => renderCard(args),
};

export default meta;

type Story = StoryObj<CardArgs>;

const twoRounds = {
  id: 'child-script',
  title: 'Talks in two rounds',
  events: [
    { type: 'talks', id: 'r1', date: '2025-05', datePart: 'mid', title: 'First round', round: 1 },
    { type: 'talks', id: 'r2', date: '2025-06-02', timeOfDay: 'afternoon', title: 'Second round', round: 2 },
  ],
};

/** From code: assign a plain object to the `timeline` property; it is validated before it renders. */
export const FromProperty: Story = {
  args: { timeline: twoRounds },
  play: async ({ canvasElement }) => {
    const card = cardIn(canvasElement);
    await waitForPart(card, 'title');
    await expect(parts(card, 'event-title').map((title) => title.textContent?.trim())).toEqual([
      'First round',
      'Second round',
    ]);
  },
};

/** From a URL: `src` loads JSON over http(s), here the Istanbul example served beside the docs. */
export const FromSrc: Story = {
  args: { src: './examples/istanbul-2025-06-02.json' },
  play: async ({ canvasElement }) => {
    const card = cardIn(canvasElement);
    await waitForPart(card, 'title');
    await expect(partText(card, 'title')).toBe(istanbul.title);
    await expect(parts(card, 'item')).toHaveLength(istanbul.events.length);
  },
};

/** In the page, with no request: a child `<script type="application/json">`. */
export const FromChildScript: Story = {
  render: (args) =>
    renderCard(
      args,
      html`<script type="application/json">
        ${JSON.stringify(twoRounds)}
      </script>`,
    ),
  play: async ({ canvasElement }) => {
    const card = cardIn(canvasElement);
    await waitForPart(card, 'title');
    await expect(partText(card, 'title')).toBe('Talks in two rounds');
    await expect(parts(card, 'item')).toHaveLength(2);
  },
};

let version = 1;
/** The Istanbul timeline as a live story publishes it: one more event with each version. */
function liveVersion() {
  const events = istanbul.events.slice(0, Math.min(version + 15, istanbul.events.length));
  return { body: JSON.stringify({ ...istanbul, events }) };
}

/**
 * A live story, driven by the page: it points `src` at a new version (here `?v=2`, `?v=3`…) when its newsroom
 * publishes one; the card loads it, keeps the reader's open events, and never shows a stale answer.
 * (The `refresh` attribute makes the card check its `src` itself, every 15 s or more.)
 */
export const LiveRefresh: Story = {
  args: { src: mockUrl('/live.json?v=1') },
  beforeEach: () => {
    version = 1;
    const restore = mockSources({ '/live.json': liveVersion });
    return () => {
      restore();
      history.replaceState(null, '', location.pathname + location.search);
    };
  },
  render: (args) =>
    html`<div class="live">
      <p>
        <button
          type="button"
          @click=${(event: Event) => {
            version++;
            const card = (event.currentTarget as Element).closest('.live')!.querySelector('parley-timeline')!;
            card.src = mockUrl(`/live.json?v=${version}`);
          }}
        >
          Publish the next version
        </button>
      </p>
      ${renderCard(args)}
    </div>`,
  play: async ({ canvasElement }) => {
    const card = cardIn(canvasElement);
    await waitForPart(card, 'title');
    await expect(parts(card, 'item')).toHaveLength(16);
    const toggle = () => parts(card, 'item')[0]!.querySelector<HTMLElement>('[part~="toggle"]')!;
    const open = () => toggle().getAttribute('aria-expanded') === 'true';
    await userEvent.click(toggle());
    await waitFor(() => expect(open()).toBe(true));
    await userEvent.click(canvasElement.querySelector('button')!);
    await waitFor(() => expect(parts(card, 'item')).toHaveLength(17));
    await expect(open()).toBe(true);
    await expect(card.getAttribute('src')).toBe(mockUrl('/live.json?v=2'));
  },
};
