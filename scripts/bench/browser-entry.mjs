// Bundled for Chromium by scripts/bench.mjs; reports through a global the page script reads.
import * as core from '../../packages/core/dist/index.js';
import { generateTimeline } from './generate-timeline.mjs';
import { measureParse } from './measure-parse.mjs';
import { safeParse } from 'zod/mini';

globalThis.parleyBench = () => measureParse(core, generateTimeline, () => performance.now(), safeParse);
