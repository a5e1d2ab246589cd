// The parse measurements, shared by Node and Chromium: first parse in a fresh context, then warm
// throughput as the best of 15 rounds after a warm-up (the minimum is the least noisy figure on a busy machine).
// `zodSafeParse` is zod/mini's own `safeParse`, measured on the same schema for comparison: what
// parsing would cost if it still ran zod (shape only, no id or reference checks).
export function measureParse(core, generateTimeline, now, zodSafeParse) {
  const results = [];
  const small = generateTimeline(1_000);
  const smallText = JSON.stringify(small);
  let start = now();
  const first = core.safeParseTimeline(small);
  const firstMs = now() - start;
  if (!first.success) throw new Error(core.formatIssues(first.error.issues));

  for (const count of [1_000, 10_000]) {
    const doc = generateTimeline(count);
    const text = JSON.stringify(doc);
    for (const [name, run] of [
      ['safeParseTimeline', () => core.safeParseTimeline(doc)],
      ['safeParseTimelineJson', () => core.safeParseTimelineJson(text)],
      ['zod/mini `safeParse` (for comparison)', () => zodSafeParse(core.TimelineSchema, doc)],
    ]) {
      // Warm: run until the JIT has compiled the hot code (at least 20 runs and half a second).
      for (let round = 0, since = now(); round < 20 || now() - since < 500; round++) run();
      let best = Infinity;
      for (let round = 0; round < 15; round++) {
        start = now();
        const result = run();
        best = Math.min(best, now() - start);
        if (!result.success) throw new Error(`${name} failed on ${count} events`);
      }
      results.push({ name, count, ms: best, eventsPerSecond: Math.round((count / best) * 1000) });
    }
  }
  return { firstParse1000Ms: firstMs, smallTextLength: smallText.length, results };
}

/**
 * Hostile input: 1,000,000 nested `[`. The JSON reader must refuse it at its depth limit, and
 * how soon it does is a speed figure, so it is measured here rather than asserted in a test
 * (a test once failed at 1,061 ms against 1,000 on a loaded machine). `parseJson` is the reader
 * with the limits its unit test uses; `safeParseTimelineJson` is what a page pays for such a
 * document through the public API (JSON.parse first, then the reader for the position).
 * Reported: the first call (after the timeline measurements) and the best of 15 after warm-up.
 */
export function measureDeepNesting(core, parseJson, now) {
  const text = '['.repeat(1_000_000);
  const limits = { maxDepth: 64, maxStringLength: 10_000, maxArrayLength: 10_000, maxKeys: 1_000 };
  const results = [];
  for (const [name, run, refused] of [
    [
      '`parseJson`, maxDepth 64',
      () => parseJson(text, limits),
      (result) => !result.ok && result.issue.code === 'too_deep' && result.issue.offset === 64,
    ],
    [
      '`safeParseTimelineJson`, default limits',
      () => core.safeParseTimelineJson(text),
      (result) => !result.success && result.error.issues.some((issue) => issue.code === 'too_deep'),
    ],
  ]) {
    let start = now();
    const first = run();
    const firstMs = now() - start;
    if (!refused(first)) throw new Error(`${name} did not refuse 1,000,000 nested arrays as too deep`);
    for (let round = 0; round < 5; round++) run();
    let best = Infinity;
    for (let round = 0; round < 15; round++) {
      start = now();
      run();
      best = Math.min(best, now() - start);
    }
    results.push({ name, firstMs, ms: best });
  }
  return results;
}
