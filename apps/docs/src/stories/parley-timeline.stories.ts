import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '@parley/widget/define';
import { parseTimeline } from '@parley/core';
import istanbul from '@parley/core/examples/istanbul-2025-06-02.json';

type Args = { timeline: unknown };

const meta: Meta<Args> = {
  title: 'Widget/parley-timeline',
  component: 'parley-timeline',
  render: ({ timeline }) => html`<parley-timeline .timeline=${timeline}></parley-timeline>`,
};

export default meta;

type Story = StoryObj<Args>;

/** The 2 June 2025 talks in Istanbul, from the example that ships with `@parley/core`. */
export const Istanbul: Story = {
  args: { timeline: istanbul },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('parley-timeline')!;
    await customElements.whenDefined('parley-timeline');
    const root = element.shadowRoot!;
    await expect(root.querySelector('[part~="title"]')?.textContent?.trim()).toBe(
      parseTimeline(istanbul).title,
    );
    await expect(root.querySelectorAll('[part~="item"]')).toHaveLength(istanbul.events.length);
  },
};

/** Invalid data never leaves a blank box: the card says what is wrong and where. */
export const InvalidData: Story = {
  args: {
    timeline: {
      id: 'broken',
      title: 'Broken',
      events: [{ type: 'context', id: 'a', date: '2025-02-30', title: 'No such day' }],
    },
  },
  play: async ({ canvasElement }) => {
    const alert = canvasElement.querySelector('parley-timeline')!.shadowRoot!.querySelector('[role="alert"]');
    await expect(alert?.textContent).toContain('events[0].date');
  },
};

/** Data inside the element, as a page embeds it with no request: a child JSON script. */
export const FromChildScript: Story = {
  render: () => {
    const element = document.createElement('parley-timeline');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({
      id: 'child-script',
      title: 'Talks in two rounds',
      events: [
        { type: 'talks', id: 'r1', date: '2025-05', datePart: 'mid', title: 'First round', round: 1 },
        {
          type: 'talks',
          id: 'r2',
          date: '2025-06-02',
          timeOfDay: 'afternoon',
          title: 'Second round',
          round: 2,
        },
      ],
    });
    element.append(script);
    return element;
  },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('parley-timeline')!.shadowRoot!;
    await expect(
      [...root.querySelectorAll('[part~="event-title"]')].map((h) => h.textContent?.trim()),
    ).toEqual(['First round', 'Second round']);
  },
};

/** A valid timeline with nothing in it yet says so. */
export const NoEvents: Story = {
  args: { timeline: { id: 'empty', title: 'Talks to come', events: [] } },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('parley-timeline')!.shadowRoot!;
    await expect(root.querySelector('[part~="empty"]')?.textContent).toBe('No events in this timeline yet.');
  },
};
