import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '@parley/widget/define';
import type { ParleyErrorEvent } from '@parley/widget';
import { cardIn, parts, partText, waitForPart } from './support/card.js';
import { longTimeline } from './support/long-timeline.js';
import { mockSources, mockUrl } from './support/mock-sources.js';
import { cardArgTypes, renderCard, type CardArgs } from './support/render-card.js';

/**
 * What the card shows while data loads and when it cannot show it: never a blank box, never an
 * uncaught exception. Each error says what went wrong and where, and fires `parley-error`.
 * Mocked URLs (`https://timelines.parley.test/…`) answer inside the page, so these run offline.
 */
const meta: Meta<CardArgs> = {
  title: 'Card/States',
  component: 'parley-timeline',
  argTypes: cardArgTypes(),
  render: (args) => renderCard(args),
};

export default meta;

type Story = StoryObj<CardArgs>;

/** Codes of the `parley-error` events fired on the page during the current story. */
let errorCodes: string[][] = [];

/** Records `parley-error` events (the card fires them before a play function runs) and mocks URLs. */
function watchErrors(mocks: Parameters<typeof mockSources>[0] = {}) {
  return () => {
    errorCodes = [];
    const record = (event: ParleyErrorEvent) => errorCodes.push(event.issues.map((issue) => issue.code));
    document.addEventListener('parley-error', record);
    const restore = mockSources(mocks);
    return () => {
      document.removeEventListener('parley-error', record);
      restore();
    };
  };
}

/** Waits for the error state, checks its text and the codes of the `parley-error` event. */
async function expectError(canvasElement: HTMLElement, codes: string[], ...texts: (string | RegExp)[]) {
  const card = cardIn(canvasElement);
  await waitForPart(card, 'error');
  const text = partText(card, 'error')!;
  for (const expected of texts) await expect(text).toMatch(expected);
  await waitFor(() => expect(errorCodes).toEqual([codes]), { timeout: 15_000 });
}

/** While `src` loads: a polite status line, and the page's fallback content stays visible. */
export const Loading: Story = {
  args: { src: mockUrl('/slow.json'), timeout: 600_000 },
  beforeEach: watchErrors({ '/slow.json': 'hang' }),
  render: (args) => renderCard(args, html`<p>Ukraine and Russia met in Istanbul on 2 June 2025.</p>`),
  play: async ({ canvasElement }) => {
    const card = cardIn(canvasElement);
    const status = await waitForPart(card, 'loading');
    await expect(status.getAttribute('role')).toBe('status');
    await expect(card.querySelector('p')?.checkVisibility()).toBe(true);
    await expect(errorCodes).toEqual([]);
  },
};

/** The host cannot be reached (offline, refused, or blocked by CORS or the page's CSP). */
export const NetworkError: Story = {
  args: { src: mockUrl('/unreachable.json') },
  beforeEach: watchErrors({ '/unreachable.json': 'network-error' }),
  play: ({ canvasElement }) =>
    expectError(
      canvasElement,
      ['network_error'],
      'Could not load https://timelines.parley.test/unreachable.json',
    ),
};

/** The server answers 404. */
export const NotFound: Story = {
  args: { src: mockUrl('/no-such-timeline.json') },
  beforeEach: watchErrors(),
  play: ({ canvasElement }) =>
    expectError(canvasElement, ['http_error'], 'The server answered 404 Not Found'),
};

/** No answer within `timeout` milliseconds (here 300). */
export const Timeout: Story = {
  args: { src: mockUrl('/never.json'), timeout: 300 },
  beforeEach: watchErrors({ '/never.json': 'hang' }),
  play: ({ canvasElement }) => expectError(canvasElement, ['timeout'], 'within 0.3 s'),
};

/** The URL answers with a web page, not JSON. */
export const NotJson: Story = {
  args: { src: mockUrl('/page.html') },
  beforeEach: watchErrors({
    '/page.html': { body: '<!doctype html><p>Hello</p>', contentType: 'text/html' },
  }),
  play: ({ canvasElement }) =>
    expectError(canvasElement, ['wrong_content_type'], 'Expected JSON', 'text/html'),
};

/** A response over `max-bytes` (here 1,000) is refused while it is read, whatever its headers say. */
export const TooLarge: Story = {
  args: { src: './examples/istanbul-2025-06-02.json', 'max-bytes': 1000 },
  beforeEach: watchErrors(),
  play: ({ canvasElement }) => expectError(canvasElement, ['too_large'], 'larger than 1000 bytes'),
};

/** Broken JSON from `src` (a real file, `timelines/broken-json.json`): the problem with its line and column. */
export const InvalidJson: Story = {
  args: { src: './timelines/broken-json.json' },
  beforeEach: watchErrors(),
  play: ({ canvasElement }) => expectError(canvasElement, ['syntax'], /Line 5, column 80/i, 'Trailing comma'),
};

/**
 * Valid JSON that is not a valid timeline: every problem with its path, and a hint where a likely
 * fix exists ("Did you mean …?"). Past five problems, the rest are counted.
 */
export const SchemaErrors: Story = {
  args: {
    timeline: {
      id: 'hints',
      title: 'A timeline with mistakes',
      sumary: 'A typo in a field name',
      events: [
        { type: 'talks', id: 'a', date: '2025-06-02', title: 'Round two', outcome: 'inconclusve' },
        { type: 'context', id: 'b', date: '2025-02-30', title: 'No such day' },
      ],
    },
  },
  beforeEach: watchErrors(),
  play: async ({ canvasElement }) => {
    await expectError(
      canvasElement,
      ['invalid_value', 'invalid_date', 'unrecognized_key'],
      'events[0].outcome',
      'events[1].date',
      '2025-02 has no day 30',
    );
    const hints = parts(cardIn(canvasElement), 'hint').map((hint) => hint.textContent?.trim());
    await expect(hints).toEqual(['Did you mean "inconclusive"?', 'Did you mean "summary"?']);
  },
};

/** No data at all: no `src`, no property, no child script. The card says how to give it some. */
export const NoData: Story = {
  beforeEach: watchErrors(),
  play: ({ canvasElement }) => expectError(canvasElement, ['invalid_type'], 'No timeline data'),
};

/** A valid timeline with nothing in it yet. */
export const Empty: Story = {
  args: { timeline: { id: 'empty', title: 'Talks to come', events: [] } },
  play: async ({ canvasElement }) => {
    const card = cardIn(canvasElement);
    await waitForPart(card, 'empty');
    await expect(partText(card, 'empty')).toBe('No events in this timeline yet.');
  },
};

const thousand = longTimeline(1000);

/**
 * 1,000 events: the first screenful paints at once, the rest in chunks that keep the page
 * responsive, and the browser skips laying out days off screen.
 */
export const ThousandEvents: Story = {
  args: { timeline: thousand },
  // axe checks every rule over all 1,000 events (duplicate ids, list and heading structure, names)
  // except colour contrast, which costs most at this size and depends only on the theme: the
  // same styles are contrast-checked in every other story.
  parameters: { a11y: { options: { rules: { 'color-contrast': { enabled: false } } } } },
  play: async ({ canvasElement }) => {
    const card = cardIn(canvasElement);
    await waitForPart(card, 'title');
    await expect(partText(card, 'count')).toBe('1,000 events');
    await waitFor(() => expect(parts(card, 'item')).toHaveLength(1000), { timeout: 20_000 });
    await expect(parts(card, 'event-title').at(-1)?.textContent).toContain('[1,000]');
  },
};
