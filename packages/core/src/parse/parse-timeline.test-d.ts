import { expectTypeOf, test } from 'vitest';
import { parseTimeline, safeParseTimeline, type Timeline, type ParleyIssue } from '../index.js';

test('parseTimeline returns a Timeline', () => {
  expectTypeOf(parseTimeline).returns.toEqualTypeOf<Timeline>();
  expectTypeOf<Timeline['events'][number]['date']>().toEqualTypeOf<string>();
  expectTypeOf<Timeline['summary']>().toEqualTypeOf<string | undefined>();
});

test('safeParseTimeline narrows on success', () => {
  const result = safeParseTimeline({});
  if (result.success) expectTypeOf(result.data).toEqualTypeOf<Timeline>();
  else expectTypeOf(result.error.issues[0]).toEqualTypeOf<ParleyIssue>();
});
