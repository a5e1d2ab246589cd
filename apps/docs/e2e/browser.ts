import { chromium, type Browser, type Page } from 'playwright';
import { chromiumArgs, chromiumExecutable } from '../../../chromium.config.mjs';

/** Debian's Chromium, launched as every test in the repository launches it (no network). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
}

/**
 * Collects uncaught errors, console errors and failed responses of a page, so a test can assert
 * there were none. The browser's own request for /favicon.ico (Storybook's iframe.html links
 * none) is not a problem of the page.
 */
export function recordProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // A failed load is reported below, with its URL.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      problems.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
      problems.push(`${response.status()}: ${response.url()}`);
  });
  return problems;
}
