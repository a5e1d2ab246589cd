// Debian's Chromium through Playwright, launched as every other test here launches it.
import { launchChromium } from '../helpers.js';
import { assertInstalled, type Engine } from './engine.js';

export const chromium: Engine = {
  name: 'Chromium',
  async launch() {
    assertInstalled('chromium');
    const browser = await launchChromium();
    return {
      version: browser.version(),
      async open(url) {
        const page = await browser.newPage();
        await page.goto(url);
        return { evaluate: (expression) => page.evaluate(expression), close: () => page.close() };
      },
      close: () => browser.close(),
    };
  },
};
