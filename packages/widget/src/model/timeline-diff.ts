import type { Timeline } from '@parley/core';

/** How one version of a timeline differs from the one before, by event id. */
export interface TimelineDiff {
  readonly added: ReadonlySet<string>;
  readonly changed: ReadonlySet<string>;
  readonly removed: readonly string[];
}

/**
 * What a live refresh changed. An event counts as changed when any of its own data differs;
 * a change elsewhere (an actor's name, a source) marks no event, though it shows.
 */
export function diffTimelines(before: Timeline, after: Timeline): TimelineDiff {
  const old = new Map(before.events.map((event) => [event.id, JSON.stringify(event)]));
  const added = new Set<string>();
  const changed = new Set<string>();
  for (const event of after.events) {
    const was = old.get(event.id);
    if (was === undefined) added.add(event.id);
    else if (was !== JSON.stringify(event)) changed.add(event.id);
    old.delete(event.id);
  }
  return { added, changed, removed: [...old.keys()] };
}
