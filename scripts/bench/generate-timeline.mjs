// A valid timeline of any size, shaped like real data: a few actors and places, and events of
// several types that refer to them and cite a source.
//
// It is returned as JSON decodes it, because that is what parsers meet: the result of
// `JSON.parse` or `response.json()`. Objects built with spreads, as below, are a poor stand-in:
// V8 gives them shapes that make every shared property read slow (about 30 times slower per
// event here), which would measure the fixture rather than the parser.
export function generateTimeline(count) {
  return JSON.parse(JSON.stringify(buildTimeline(count)));
}

function buildTimeline(count) {
  const kinds = ['talks', 'statement', 'military-action', 'agreement', 'context'];
  const events = [];
  for (let index = 0; index < count; index++) {
    const day = String((index % 28) + 1).padStart(2, '0');
    const month = String((Math.floor(index / 28) % 12) + 1).padStart(2, '0');
    const base = {
      id: `event-${index}`,
      date: `2025-${month}-${day}`,
      title: `Event number ${index} in the negotiations`,
      summary: 'A sentence or two in the newsroom’s own words about what happened and why it matters.',
      citations: [{ source: 'report', kind: 'fact' }],
    };
    const type = kinds[index % kinds.length];
    if (type === 'talks')
      events.push({
        ...base,
        type,
        round: index + 1,
        place: 'venue',
        host: 'turkey',
        delegations: [{ party: 'ukraine', head: 'umerov' }, { party: 'russia' }],
        duration: { iso: 'PT4H', qualifier: 'under' },
      });
    else if (type === 'statement')
      events.push({ ...base, type, speaker: 'umerov', quote: 'We will consider it.' });
    else if (type === 'military-action')
      events.push({
        ...base,
        type,
        by: 'russia',
        against: 'ukraine',
        means: ['drones'],
        casualties: [{ kind: 'killed', count: 12 }],
      });
    else if (type === 'agreement')
      events.push({
        ...base,
        type,
        parties: ['ukraine', 'russia'],
        status: 'agreed',
        provisions: [
          { kind: 'prisoner-exchange', description: 'An exchange of prisoners.', categories: ['under 18'] },
        ],
      });
    else events.push({ ...base, type, actors: ['ukraine'] });
  }
  return {
    id: `generated-${count}`,
    title: `Generated timeline of ${count} events`,
    actors: [
      { kind: 'state', id: 'ukraine', name: 'Ukraine', country: 'UA' },
      { kind: 'state', id: 'russia', name: 'Russia', country: 'RU' },
      { kind: 'state', id: 'turkey', name: 'Turkey', country: 'TR' },
      { kind: 'person', id: 'umerov', name: 'Rustem Umerov', names: { uk: 'Рустем Умєров' } },
    ],
    places: [{ id: 'venue', name: 'Ciragan Palace', city: 'Istanbul', country: 'TR' }],
    sources: [{ id: 'report', publisher: 'A news agency', url: 'https://example.com/report' }],
    events,
  };
}
