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

/**
 * A valid timeline of `count` events shaped like a newsroom's: the events of `example` (a Parley
 * document such as packages/core/examples/istanbul-2025-06-02.json, with every event type, the
 * details of each, claims with claimants, a photo) repeated with fresh ids, each repeat a month
 * later, citing one of four sources in turn. Its actors, places and images are the example's.
 * Used by the card rendering benchmark; the parse figures keep `generateTimeline`, so they stay
 * comparable with earlier runs.
 */
export function generateRealisticTimeline(example, count) {
  const templates = example.events;
  const sources = [
    ...example.sources,
    { id: 'wire-report', publisher: 'A wire service', kind: 'wire', url: 'https://example.com/wire' },
    { id: 'broadcast', publisher: 'A broadcaster', kind: 'broadcast', url: 'https://example.com/tv' },
    { id: 'ministry', publisher: 'A foreign ministry', kind: 'official', url: 'https://example.com/mfa' },
  ];
  const idAt = (index) => `${templates[index % templates.length].id}-${Math.floor(index / templates.length)}`;
  const positionOf = new Map(templates.map((event, index) => [event.id, index]));
  const events = [];
  for (let index = 0; index < count; index++) {
    const repeat = Math.floor(index / templates.length);
    const event = structuredClone(templates[index % templates.length]);
    event.id = idAt(index);
    event.date = shiftMonths(event.date, repeat);
    // References point into the same repeat; one that would fall past the last event is dropped.
    const target = (id) => repeat * templates.length + positionOf.get(id);
    if (event.related)
      event.related = event.related.filter((id) => target(id) < count).map((id) => idAt(target(id)));
    if (event.related?.length === 0) delete event.related;
    if (event.relations)
      event.relations = event.relations
        .filter((relation) => target(relation.event) < count)
        .map((relation) => ({ ...relation, event: idAt(target(relation.event)) }));
    if (event.relations?.length === 0) delete event.relations;
    if (event.talks !== undefined) {
      if (target(event.talks) < count) event.talks = idAt(target(event.talks));
      else delete event.talks;
    }
    event.citations = event.citations?.map((citation, position) => ({
      ...citation,
      source: sources[(index + position) % sources.length].id,
    }));
    events.push(event);
  }
  // The example's period would not cover the repeats; the card shows the span of the events.
  const timeline = { ...example, id: `realistic-${count}`, sources, events };
  delete timeline.period;
  return JSON.parse(JSON.stringify(timeline));
}

/** `2025-05-31/2025-06-01` a number of months later, days past the 28th moved back to it. */
function shiftMonths(date, months) {
  return date.replace(/(\d{4})-(\d{2})(?:-(\d{2}))?/g, (_, year, month, day) => {
    const total = Number(year) * 12 + Number(month) - 1 + months;
    const shifted = `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
    return day === undefined ? shifted : `${shifted}-${String(Math.min(Number(day), 28)).padStart(2, '0')}`;
  });
}
