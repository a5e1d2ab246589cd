import type { NegotiationEvent } from '../schemas/event.js';

/**
 * Who took which part in an event, by schema.org property: `organizer` (hosts, presiding
 * officials, whoever proposed, wrote or carried it out), `attendee` (delegations, parties,
 * speakers, participants and the event's `actors`), `contributor` (mediators) and `about`
 * (whom a strike or sanctions were aimed at). Ids may repeat, and may be undefined.
 */
export function _eventRoles(event: NegotiationEvent): {
  organizer: (string | undefined)[];
  attendee: (string | undefined)[];
  contributor: (string | undefined)[];
  about: (string | undefined)[];
} {
  const roles = {
    organizer: [] as (string | undefined)[],
    attendee: [...(event.actors ?? [])] as (string | undefined)[],
    contributor: [] as (string | undefined)[],
    about: [] as (string | undefined)[],
  };
  switch (event.type) {
    case 'talks':
      roles.organizer.push(event.host, ...(event.presidedBy ?? []));
      roles.contributor.push(...(event.mediators ?? []));
      for (const delegation of event.delegations ?? [])
        roles.attendee.push(
          delegation.party,
          delegation.head,
          ...(delegation.members ?? []).map((member) => member.person),
        );
      roles.attendee.push(...(event.attendees ?? []));
      break;
    case 'agreement':
      roles.attendee.push(...event.parties);
      break;
    case 'document':
      roles.organizer.push(event.from);
      roles.attendee.push(event.to);
      break;
    case 'statement':
      roles.attendee.push(event.speaker);
      break;
    case 'proposal':
      roles.organizer.push(...(event.proposedBy ?? []));
      roles.attendee.push(...(event.participants ?? []));
      break;
    case 'military-action':
      roles.organizer.push(event.by);
      roles.about.push(event.against);
      break;
    case 'sanctions':
      roles.organizer.push(event.by);
      roles.about.push(...event.target);
      break;
    case 'context':
      break;
  }
  return roles;
}
