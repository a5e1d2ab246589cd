import type { ParleyIssueData, ParleyWarningCode } from '../errors/issue.js';
import type { Timeline } from '../schemas/timeline.js';
import { _rangeOf } from '../dates/date-range.js';

/** Warnings about events in a valid timeline: dated outside its period, or citing no source. */
export function eventWarnings(timeline: Timeline): ParleyIssueData<ParleyWarningCode>[] {
  const warnings: ParleyIssueData<ParleyWarningCode>[] = [];
  const period = timeline.period === undefined ? undefined : _rangeOf(timeline.period);
  const { events } = timeline;
  for (let index = 0; index < events.length; index++) {
    const event = events[index]!;
    // Background sits outside the period on purpose.
    if (period && event.background !== true) {
      const range = _rangeOf(event.date);
      const before = range.latest !== null && period.earliest !== null && range.latest < period.earliest;
      const after = range.earliest !== null && period.latest !== null && range.earliest > period.latest;
      if (before || after)
        warnings.push({
          code: 'outside_period',
          path: ['events', index, 'date'],
          received: event.date,
          expected: timeline.period as string,
        });
    }
    if ((event.citations ?? []).length === 0) warnings.push({ code: 'uncited', path: ['events', index] });
  }
  return warnings;
}
