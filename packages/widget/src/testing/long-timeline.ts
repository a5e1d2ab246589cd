import istanbul from '../../../core/examples/istanbul-2025-06-02.json' with { type: 'json' };

/** A valid timeline of `count` events, three a day, as a long-running negotiation makes. */
export function long(count: number) {
  return {
    id: 'long',
    title: 'A long negotiation',
    actors: [{ id: 'ua', kind: 'state', name: 'Ukraine', country: 'UA' }],
    events: Array.from({ length: count }, (_, index) => ({
      type: index % 10 === 0 ? 'talks' : 'statement',
      id: `e${index}`,
      date: new Date(Date.UTC(2020, 0, 1) + Math.floor(index / 3) * 86_400_000).toISOString().slice(0, 10),
      title: `Event number ${index}`,
      summary: 'Something was said about the talks.',
      ...(index % 10 === 0 ? {} : { speaker: 'ua', quote: 'We are ready.' }),
    })),
  };
}

/**
 * A valid timeline of `count` events as detailed as the Istanbul example's, three a day: talks
 * with delegations and places, agreements with provisions, quotes, documents, citations of
 * sources. Their links to other events (`talks`, `related`, `relations`) are left out, and each
 * round of talks gets its own number; every title ends in its position, e.g. "(9999)".
 */
export function detailed(count: number) {
  const examples = istanbul.events as Record<string, unknown>[];
  return {
    ...istanbul,
    id: 'detailed',
    events: Array.from({ length: count }, (_, index) => {
      const event = structuredClone(examples[index % examples.length]!);
      for (const link of ['talks', 'related', 'relations', 'datePart']) delete event[link];
      return {
        ...event,
        id: `${event.id as string}-${index}`,
        date: new Date(Date.UTC(2025, 0, 1) + Math.floor(index / 3) * 86_400_000).toISOString().slice(0, 10),
        title: `${event.title as string} (${index})`,
        ...(event.type === 'talks' ? { round: index + 1 } : {}),
      };
    }),
  };
}
