import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '@parley/widget/define';
import istanbul from '@parley/core/examples/istanbul-2025-06-02.json';
import { cardIn, partText, waitForPart } from './support/card.js';
import { cardArgTypes, renderCard, type CardArgs } from './support/render-card.js';

/**
 * The card speaks the page's language: it reads the nearest `lang` (crossing shadow roots) and
 * loads the built-in strings for English, Ukrainian, Russian, Turkish and Arabic on demand. The
 * data stays in its own language (here English), marked up as such.
 */
const meta: Meta<CardArgs> = {
  title: 'Card/Languages',
  component: 'parley-timeline',
  argTypes: cardArgTypes(),
  args: { timeline: istanbul },
  render: (args) => renderCard(args),
};

export default meta;

type Story = StoryObj<CardArgs>;

/** Waits for the card in `lang`, checks its direction and that its own words are not English. */
function inLanguage(lang: string, dir: 'ltr' | 'rtl'): Story {
  return {
    args: { lang },
    play: async ({ canvasElement }) => {
      const card = cardIn(canvasElement);
      await waitForPart(card, 'title');
      const root = card.shadowRoot!.querySelector('.card')!;
      await waitFor(() => expect(root.getAttribute('lang')).toBe(lang));
      await expect(root.getAttribute('dir')).toBe(dir);
      await expect(getComputedStyle(root).direction).toBe(dir);
      const count = partText(card, 'count')!;
      await expect(count).toContain(new Intl.NumberFormat(lang).format(istanbul.events.length));
      if (lang !== 'en') await expect(count).not.toContain('events');
    },
  };
}

/** English, the default and the fallback. */
export const English = inLanguage('en', 'ltr');
/** Ukrainian: `lang="uk"` on the page. */
export const Ukrainian = inLanguage('uk', 'ltr');
/** Russian: `lang="ru"`. */
export const Russian = inLanguage('ru', 'ltr');
/** Turkish: `lang="tr"`. */
export const Turkish = inLanguage('tr', 'ltr');
/** Arabic: `lang="ar"`, laid out right to left. */
export const Arabic = inLanguage('ar', 'rtl');

/**
 * Right to left: on an Arabic page (`dir="rtl"`) the timeline's rule and the markers move to the
 * right, while the English data inside reads left to right.
 */
export const RightToLeft: Story = {
  args: { lang: 'ar', dir: 'rtl' },
  play: async ({ canvasElement }) => {
    const card = cardIn(canvasElement);
    const title = await waitForPart(card, 'title');
    await waitFor(() => expect(card.shadowRoot!.querySelector('.card')!.getAttribute('dir')).toBe('rtl'));
    const box = card.getBoundingClientRect();
    const titleBox = title.querySelector('span')!.getBoundingClientRect();
    // The title starts at the card's right edge, not its left.
    await expect(box.right - titleBox.right).toBeLessThan(titleBox.left - box.left);
  },
};
