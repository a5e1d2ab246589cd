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
