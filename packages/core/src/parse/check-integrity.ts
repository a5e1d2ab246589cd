import type { Timeline } from '../schemas/timeline.js';
import type { ParleyIssue } from '../errors/issue.js';

/**
 * Checks what the shape alone cannot: ids are unique within the document.
 * Runs only on data that already matches the schema.
 */
export function checkIntegrity(timeline: Timeline): ParleyIssue[] {
  const issues: ParleyIssue[] = [];
  const firstIndexById = new Map<string, number>();
  timeline.events.forEach((event, index) => {
    const first = firstIndexById.get(event.id);
    if (first === undefined) firstIndexById.set(event.id, index);
    else
      issues.push({
        code: 'duplicate_id',
        message: `Duplicate id ${JSON.stringify(event.id)}; it is already used by events[${first}].`,
        path: ['events', index, 'id'],
      });
  });
  return issues;
}
