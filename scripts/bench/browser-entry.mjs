// Bundled for Chromium by scripts/bench.mjs; reports through a global the page script reads.
import * as core from '../../packages/core/dist/index.js';
import { generateTimeline } from './generate-timeline.mjs';
import { parseJson } from '../../packages/core/dist/parse/json/index.js';
import { measureDeepNesting, measureParse } from './measure-parse.mjs';
import { safeParse } from 'zod/mini';

globalThis.parleyBench = () => {
  const now = () => performance.now();
  // The timeline measurements first, so their first parse is the first on the page.
  const parse = measureParse(core, generateTimeline, now, safeParse);
  return { ...parse, deepNesting: measureDeepNesting(core, parseJson, now) };
};
