// Every engine the cross-browser tests run in, in the order they run.
import { chromium } from './chromium.js';
import type { Engine } from './engine.js';
import { firefox } from './firefox.js';
import { webkit } from './webkit.js';

export type { Engine, EnginePage, RunningEngine } from './engine.js';
export const engines: Engine[] = [chromium, firefox, webkit];
