import { expect, test } from 'vitest';
import { eventFields } from '../../../core/src/schemas/events/event-fields.js';
import { COMMON_FIELDS, DETAIL_FIELDS } from './event-item.js';

// The card tells whether an event has details from the fields outside COMMON_FIELDS; a common
// field in neither list would give events a Details disclosure with nothing inside.
test('the card knows every field core gives all events', () => {
  expect([...COMMON_FIELDS, ...DETAIL_FIELDS].sort()).toEqual([...Object.keys(eventFields), 'type'].sort());
  expect(DETAIL_FIELDS.filter((field) => COMMON_FIELDS.has(field))).toEqual([]);
});
