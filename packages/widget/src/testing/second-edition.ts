// A timeline that uses the fields core's second edition added (issue 10): a proposal's figures,
// a range of durations, a deadline, a provision's own status and dates, a member's office at the
// round, relations between events, a background event, and a venue within a city.
import istanbul from '../../../core/examples/istanbul-2025-06-02.json' with { type: 'json' };

export const secondEdition = {
  ...istanbul,
  id: 'second-edition',
  period: '2025-05/2025-08',
  places: [
    // The example has Istanbul as the city Ciragan Palace lies within.
    ...istanbul.places,
    { id: 'dolmabahce', name: 'Dolmabahçe Palace', kind: 'venue', within: 'istanbul', country: 'TR' },
  ],
  events: [
    ...istanbul.events.filter((event) => event.id !== 'exchange-agreement'),
    {
      type: 'talks',
      id: 'talks-round-3',
      date: '2025-07-23',
      title: 'Third round at Dolmabahçe Palace',
      place: 'dolmabahce',
      relations: [{ kind: 'follows', event: 'talks-round-2' }],
      delegations: [
        {
          party: 'ukraine',
          head: 'rustem-umerov',
          members: [{ person: 'rustem-umerov', capacity: 'Secretary of the National Security Council' }],
        },
      ],
    },
    {
      type: 'proposal',
      id: 'short-truces',
      date: '2025-07-23',
      title: 'Russia proposes short truces and a handover of bodies',
      subject: 'ceasefire',
      proposedBy: ['russia'],
      quantity: { best: 3000, unit: 'bodies', basis: 'one-side' },
      duration: { iso: 'PT24H', upTo: 'PT48H' },
      targetDate: '2025-07-30',
      deadline: '2025-08',
      status: 'proposed',
      relations: [{ kind: 'responds-to', event: 'talks-round-3' }],
    },
    {
      type: 'agreement',
      id: 'exchange-agreement',
      date: '2025-06-02',
      title: 'Sides agree to exchange prisoners',
      parties: ['ukraine', 'russia'],
      status: 'agreed',
      provisions: [
        {
          kind: 'prisoner-exchange',
          description: 'An exchange of prisoners in stages.',
          quantity: { best: 1000, basis: 'each-side' },
          status: 'implemented',
          implemented: '2025-06-09/2025-06-14',
        },
      ],
    },
    {
      type: 'context',
      id: 'minsk-two',
      date: '2015-02-12',
      title: 'Minsk II is signed',
      background: true,
    },
  ],
};
