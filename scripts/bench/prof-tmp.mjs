import { generateTimeline } from './generate-timeline.mjs';
const core = await import('../../packages/core/dist/index.js');
const doc = generateTimeline(10000);
const text = JSON.stringify(doc);
const t = (name, fn) => { fn(); let best = 1e9; for (let i = 0; i < 7; i++) { const s = performance.now(); fn(); best = Math.min(best, performance.now() - s); } console.log(name.padEnd(30), best.toFixed(1), 'ms', Math.round(10000 / best * 1000), 'events/s'); };
t('safeParseTimeline', () => core.safeParseTimeline(doc));
t('safeParseTimelineJson', () => core.safeParseTimelineJson(text));
