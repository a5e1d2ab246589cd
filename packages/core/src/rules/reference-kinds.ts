/** What an id in the document names: an item of one of the top-level lists. */
export type EntityKind = 'person' | 'state' | 'organisation' | 'place' | 'source' | 'image' | 'event';

/**
 * The kinds of reference, and which items each may name: a delegation's `head` is a `person`
 * reference, so it must name a person. Schemas declare a reference with `ref(kind, …)`; the
 * validator checks it against this table.
 */
export const REFERENCE_KINDS = {
  actor: ['person', 'state', 'organisation'],
  party: ['state', 'organisation'],
  person: ['person'],
  place: ['place'],
  source: ['source'],
  image: ['image'],
  event: ['event'],
} as const satisfies Record<string, readonly EntityKind[]>;

/** The kinds of thing an id can refer to, and so what a reference field must point at. */
export type ReferenceKind = keyof typeof REFERENCE_KINDS;
