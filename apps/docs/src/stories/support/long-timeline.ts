import istanbul from '@parley/core/examples/istanbul-2025-06-02.json';

const DAY = 86_400_000;

/**
 * A valid timeline of `count` events made from the Istanbul example's, two a day from
 * 2025-01-01, with ids and titles numbered so each event is findable. Links between events
 * (`related`, `talks`) are dropped, as the copies would point at the originals.
 */
export function longTimeline(count: number) {
  const events = Array.from({ length: count }, (_, index) => {
    const event = structuredClone(istanbul.events[index % istanbul.events.length]!) as Record<
      string,
      unknown
    >;
    delete event['related'];
    delete event['relations'];
    delete event['talks'];
    delete event['datePart'];
    return {
      ...event,
      id: `${String(event['id'])}-${index + 1}`,
      date: new Date(Date.UTC(2025, 0, 1) + Math.floor(index / 2) * DAY).toISOString().slice(0, 10),
      title: `${String(event['title'])} [${(index + 1).toLocaleString('en')}]`,
      ...(event['type'] === 'talks' ? { round: index + 1 } : {}),
    };
  });
  const timeline: Record<string, unknown> = { ...structuredClone(istanbul) };
  // The example's period would not cover the generated dates.
  delete timeline['period'];
  return {
    ...timeline,
    id: `long-${count}`,
    title: `Negotiations in ${count.toLocaleString('en')} events`,
    events,
  };
}
