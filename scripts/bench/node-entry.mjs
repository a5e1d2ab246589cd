// Run in a fresh Node process so the first parse is really the first.
import * as core from '../../packages/core/dist/index.js';
import { generateTimeline } from './generate-timeline.mjs';
import { parseJson } from '../../packages/core/dist/parse/json/index.js';
import { measureDeepNesting, measureParse } from './measure-parse.mjs';
import { safeParse } from 'zod/mini';

const now = () => performance.now();
// The timeline measurements first, so their first parse is the first in the process.
const parse = measureParse(core, generateTimeline, now, safeParse);
console.log(JSON.stringify({ ...parse, deepNesting: measureDeepNesting(core, parseJson, now) }));
