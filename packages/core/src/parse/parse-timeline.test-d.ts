import { expectTypeOf, test } from 'vitest';
import {
  parseTimeline,
  safeParseTimeline,
  type Timeline,
  type ParleyIssue,
  type ParleyWarning,
  type NegotiationEvent,
  type Talks,
} from '../index.js';

test('parseTimeline returns a Timeline', () => {
  expectTypeOf(parseTimeline).returns.toEqualTypeOf<Timeline>();
  expectTypeOf<Timeline['events'][number]>().toEqualTypeOf<NegotiationEvent>();
  expectTypeOf<Timeline['summary']>().toEqualTypeOf<string | undefined>();
});

test('events narrow on type', () => {
  const event = {} as NegotiationEvent;
  if (event.type === 'talks') {
    expectTypeOf(event).toEqualTypeOf<Talks>();
    expectTypeOf(event.round).toEqualTypeOf<number | undefined>();
  }
});

test('safeParseTimeline narrows on success', () => {
  const result = safeParseTimeline({});
  expectTypeOf(result.warnings).toEqualTypeOf<readonly ParleyWarning[]>();
  if (result.success) expectTypeOf(result.data).toEqualTypeOf<Timeline>();
  else expectTypeOf(result.error.issues[0]).toEqualTypeOf<ParleyIssue>();
});
