/** The timeline `parley init` writes: small, valid, and showing the parts most stories need. */
export const STARTER = {
  id: 'my-timeline',
  title: 'Talks between Country A and Country B',
  summary: 'Replace this with a sentence or two that introduces the story.',
  language: 'en',
  actors: [
    { kind: 'state', id: 'country-a', name: 'Country A', country: 'UA' },
    { kind: 'state', id: 'country-b', name: 'Country B', country: 'RU' },
    {
      kind: 'person',
      id: 'lead-negotiator',
      name: 'A. Negotiator',
      roles: [{ title: 'Foreign Minister', of: 'country-a' }],
    },
  ],
  places: [{ id: 'venue', name: 'The venue', city: 'Istanbul', country: 'TR' }],
  sources: [{ id: 'report', publisher: 'Example News', url: 'https://news.example/report' }],
  events: [
    {
      type: 'talks',
      id: 'round-1',
      date: '2025-06-02',
      title: 'First round of talks',
      place: 'venue',
      delegations: [{ party: 'country-a', head: 'lead-negotiator' }, { party: 'country-b' }],
      citations: [{ source: 'report', kind: 'fact' }],
    },
    {
      type: 'statement',
      id: 'statement-1',
      date: '2025-06-02',
      title: 'The lead negotiator speaks after the talks',
      speaker: 'lead-negotiator',
      quote: 'Replace this with what was said, word for word.',
      citations: [{ source: 'report', kind: 'claim', claimant: 'lead-negotiator' }],
    },
  ],
};

/** Comments written above the YAML starter. */
export const STARTER_YAML_HEADER = [
  'yaml-language-server: $schema=https://unpkg.com/@parley/core/schema.json',
  'A Parley timeline. Every field is described in docs/data-model.md; check it with',
  '`npx parley validate <this file>`.',
];
