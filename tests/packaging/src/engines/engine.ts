// The little that every browser engine must do for the packaging tests, whatever drives it
// (Playwright for Chromium, WebDriver BiDi for Firefox, classic W3C WebDriver for WebKit).
import { browsers, installHint, missingFiles } from '../../../../scripts/browsers.mjs';

export interface Engine {
  /** Shown in test names, e.g. "Firefox ESR". */
  name: string;
  /** Starts the browser (and whatever it needs); rejects with how to install it when it is missing. */
  launch(): Promise<RunningEngine>;
}

export interface RunningEngine {
  /** What the running browser reports, e.g. "153.8.0". */
  version: string;
  /** Opens `url` in a fresh page and resolves once it has loaded. */
  open(url: string): Promise<EnginePage>;
  /** Closes the browser and kills every process the launch started. */
  close(): Promise<void>;
}

export interface EnginePage {
  /**
   * Evaluates a JavaScript expression in the page (not subject to the page's CSP) and resolves
   * with its value, awaiting it when it is a promise. Callers pass expressions whose value is a
   * string, so no engine's own serialisation (undefined vs null) shows through.
   */
  evaluate(expression: string): Promise<unknown>;
  close(): Promise<void>;
}

/** Throws the install hint when an engine's files are missing, so its tests fail saying what to do. */
export function assertInstalled(key: keyof typeof browsers): string[] {
  const browser = browsers[key];
  if (missingFiles(browser).length > 0) throw new Error(installHint(browser));
  return browser.files();
}
