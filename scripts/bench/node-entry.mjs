// Run in a fresh Node process so the first parse is really the first.
import * as core from '../../packages/core/dist/index.js';
import { generateTimeline } from './generate-timeline.mjs';
import { measureParse } from './measure-parse.mjs';
import { safeParse } from 'zod/mini';

console.log(JSON.stringify(measureParse(core, generateTimeline, () => performance.now(), safeParse)));
