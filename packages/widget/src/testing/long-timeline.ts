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
