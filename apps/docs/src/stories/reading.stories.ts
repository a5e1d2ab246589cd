import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@parley/widget/define';
import istanbul from '@parley/core/examples/istanbul-2025-06-02.json';
import type { ParleySelectEvent } from '@parley/widget';
import { cardIn, parts, partText, waitForPart } from './support/card.js';
import { cardArgTypes, renderCard, type CardArgs } from './support/render-card.js';

/** What readers do with the card: filter, find, reorder, open events, follow deep links. */
const meta: Meta<CardArgs> = {
  title: 'Card/Reading',
  component: 'parley-timeline',
  argTypes: cardArgTypes(),
  args: { timeline: istanbul },
  render: (args) => renderCard(args),
  // Opening an event writes its deep link into the address; the next story starts without it.
  beforeEach: () => () => history.replaceState(null, '', location.pathname + location.search),
};

export default meta;

type Story = StoryObj<CardArgs>;

const talksCount = istanbul.events.filter((event) => event.type === 'talks').length;

/** Filter chips by type and by party, and a text filter; a polite live region says what is shown. */
export const Filters: Story = {
  play: async ({ canvasElement, step }) => {
    const card = cardIn(canvasElement);
    await waitForPart(card, 'controls');
    await step('a type chip shows only that type', async () => {
      const talks = parts(card, 'chip').find((chip) => chip.textContent?.trim().startsWith('Talks'))!;
      await userEvent.click(talks);
      await expect(talks.getAttribute('aria-pressed')).toBe('true');
      await waitFor(() => expect(parts(card, 'item')).toHaveLength(talksCount));
      await expect(partText(card, 'result')).toBe(
        `Showing ${talksCount} of ${istanbul.events.length} events`,
      );
    });
    await step('clearing shows every event again', async () => {
      const clear = parts(card, 'action').find((button) => button.textContent?.trim() === 'Clear filters')!;
      await userEvent.click(clear);
      await waitFor(() => expect(parts(card, 'item')).toHaveLength(istanbul.events.length));
    });
    await step('finding text narrows the list', async () => {
      await userEvent.type(parts(card, 'find')[0]!, 'memorandum');
      await waitFor(() => expect(parts(card, 'item').length).toBeLessThan(istanbul.events.length));
      // Every event that mentions it in its title is shown, and none that never mentions it.
      const shown = parts(card, 'item').map((item) => item.getAttribute('data-id'));
      const mention = (event: object) => JSON.stringify(event).toLowerCase().includes('memorandum');
      const titled = istanbul.events.filter((event) => event.title.toLowerCase().includes('memorandum'));
      await expect(shown).toEqual(expect.arrayContaining(titled.map((event) => event.id)));
      const unrelated = istanbul.events.filter((event) => !mention(event)).map((event) => event.id);
      for (const id of shown) await expect(unrelated).not.toContain(id);
    });
  },
};

/**
 * `selected="exchange-agreement"`: the card opens that event, brings it into view, puts its deep
 * link in the address bar and fires `parley-select`.
 */
export const SelectedEvent: Story = {
  args: { selected: 'exchange-agreement' },
  play: async ({ canvasElement }) => {
    const card = cardIn(canvasElement);
    await waitForPart(card, 'title');
    const item = () =>
      parts(card, 'item').find((each) => each.getAttribute('data-id') === 'exchange-agreement')!;
    await waitFor(() =>
      expect(item().querySelector('[part~="toggle"]')?.getAttribute('aria-expanded') === 'true').toBe(true),
    );
    await waitFor(() => expect(location.hash).toContain('exchange-agreement'));
  },
};

/** A reader opening an event fires `parley-select` with its id and the event. */
export const SelectEvent: Story = {
  play: async ({ canvasElement }) => {
    const card = cardIn(canvasElement);
    await waitForPart(card, 'title');
    const selected: string[] = [];
    card.addEventListener('parley-select', (event: ParleySelectEvent) => selected.push(event.detail.id));
    const first = parts(card, 'item')[0]!;
    await userEvent.click(first.querySelector<HTMLElement>('[part~="toggle"]')!);
    await waitFor(() => expect(selected).toEqual([first.getAttribute('data-id')]));
    await expect(card.selected).toBe(first.getAttribute('data-id'));
  },
};

/** `open="talks-round-2 exchange-agreement"` opens those events' details when the timeline arrives. */
export const OpenEvents: Story = {
  args: { open: 'talks-round-2 exchange-agreement' },
  play: async ({ canvasElement }) => {
    const card = cardIn(canvasElement);
    await waitForPart(card, 'title');
    const open = parts(card, 'item')
      .filter((item) => item.querySelector('[part~="toggle"]')?.getAttribute('aria-expanded') === 'true')
      .map((item) => item.getAttribute('data-id'));
    await expect(open.sort()).toEqual(['exchange-agreement', 'talks-round-2']);
  },
};

/** `order="newest"`, as a live story reads; `filters="off"` hides the reader's controls. */
export const NewestFirstNoControls: Story = {
  name: 'Newest first, no controls',
  args: { order: 'newest', filters: 'off' },
  play: async ({ canvasElement }) => {
    const card = cardIn(canvasElement);
    await waitForPart(card, 'title');
    await expect(parts(card, 'controls')).toHaveLength(0);
    await expect(parts(card, 'item').at(-1)?.getAttribute('data-id')).toBe('talks-round-1');
  },
};
