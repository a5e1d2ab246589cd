// Checks that the shipped Istanbul example holds every fact its source article reports, by querying the
// parsed timeline: events are found by type and fields, and ids are followed to actors, places and sources.
import { describe, expect, test } from 'vitest';
import {
  compareDates,
  dateRange,
  parseParleyDate,
  parseTimeline,
  parseTimelineJson,
  safeParseTimeline,
} from '../index.js';
import type {
  Actor,
  Citation,
  EventType,
  Image,
  NegotiationEvent,
  Organisation,
  Person,
  Place,
  Source,
  State,
  Talks,
  Timeline,
} from '../index.js';
import istanbul from '../../examples/istanbul-2025-06-02.json' with { type: 'json' };

const timeline: Timeline = parseTimeline(istanbul);

// ---- Lookups -----------------------------------------------------------------------------------------

type EventOf<T extends EventType> = Extract<NegotiationEvent, { type: T }>;
type ActorOf<K extends Actor['kind']> = Extract<Actor, { kind: K }>;

/** The only item of `items`; fails the test, saying what was sought, when there are none or several. */
function only<T>(items: readonly T[], what: string): T {
  expect(items, `expected exactly one ${what}`).toHaveLength(1);
  return items[0]!;
}

function eventsOfType<T extends EventType>(type: T): EventOf<T>[] {
  return timeline.events.filter((event): event is EventOf<T> => event.type === type);
}

function actor(id: string | undefined): Actor {
  const found = timeline.actors?.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`No actor with id ${String(id)}.`);
  return found;
}

function actorOfKind<K extends Actor['kind']>(id: string | undefined, kind: K): ActorOf<K> {
  const found = actor(id);
  if (found.kind !== kind) throw new Error(`Actor ${found.id} is a ${found.kind}, not a ${kind}.`);
  return found as ActorOf<K>;
}

const person = (id: string | undefined): Person => actorOfKind(id, 'person');
const organisation = (id: string | undefined): Organisation => actorOfKind(id, 'organisation');

function actorsOfKind<K extends Actor['kind']>(kind: K): ActorOf<K>[] {
  return (timeline.actors ?? []).filter((candidate): candidate is ActorOf<K> => candidate.kind === kind);
}

/** The state with this ISO 3166-1 code, e.g. `stateIn('TR')` for Turkey. */
function stateIn(country: string): State {
  return only(
    actorsOfKind('state').filter((state) => state.country === country),
    `state with country ${country}`,
  );
}

function personNamed(name: string): Person {
  return only(
    actorsOfKind('person').filter((candidate) => candidate.name === name),
    `person named ${name}`,
  );
}

function holds(holder: Person, title: string, of: State | Organisation): boolean {
  return (holder.roles ?? []).some((role) => role.title === title && role.of === of.id);
}

function place(id: string | undefined): Place {
  const found = timeline.places?.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`No place with id ${String(id)}.`);
  return found;
}

function source(id: string): Source | undefined {
  return timeline.sources?.find((candidate) => candidate.id === id);
}

function image(id: string | undefined): Image {
  const found = timeline.images?.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`No image with id ${String(id)}.`);
  return found;
}

function roundOfTalks(round: number): Talks {
  return only(
    eventsOfType('talks').filter((talks) => talks.round === round),
    `talks event with round ${round}`,
  );
}

/** Events that name these talks in their `talks` field (documents, agreements, proposals). */
function linkedTo(talks: Talks): NegotiationEvent[] {
  return timeline.events.filter((event) => 'talks' in event && event.talks === talks.id);
}

function citationsOf(event: NegotiationEvent): Citation[] {
  return event.citations ?? [];
}

function allCitations(): Citation[] {
  return timeline.events.flatMap(citationsOf);
}

/** True when `date` lies wholly before `other`: its latest instant precedes the other's earliest. */
function whollyBefore(date: string, other: string): boolean {
  const { latest } = dateRange(date);
  const { earliest } = dateRange(other);
  return latest !== null && earliest !== null && latest < earliest && compareDates(date, other) < 0;
}

/** The calendar day (UTC) an interval ends on, e.g. `2025-06-01`. */
function intervalEndDay(date: string): string | undefined {
  const parsed = parseParleyDate(date);
  if (!parsed.success || parsed.date.kind !== 'interval' || typeof parsed.date.to === 'string')
    return undefined;
  return dateRange(date).latest?.toISOString().slice(0, 10);
}

const ukraine = (): State => stateIn('UA');
const russia = (): State => stateIn('RU');
const turkey = (): State => stateIn('TR');
const umerov = (): Person => personNamed('Rustem Umerov');
const zelensky = (): Person => personNamed('Volodymyr Zelensky');
const roundTwo = (): Talks => roundOfTalks(2);

function statementsBy(speaker: Actor): EventOf<'statement'>[] {
  return eventsOfType('statement').filter((statement) => statement.speaker === speaker.id);
}

function memorandum(from: State, status: EventOf<'document'>['status']): EventOf<'document'> {
  return only(
    eventsOfType('document').filter(
      (document) =>
        document.documentKind === 'memorandum' && document.from === from.id && document.status === status,
    ),
    `${status} memorandum from ${from.name}`,
  );
}

// ---- The second round, 2 June 2025 --------------------------------------------------------------------

describe('the second round of talks', () => {
  test('was direct, round 2, on the afternoon of 2 June 2025 at Ciragan Palace, Istanbul', () => {
    const talks = roundTwo();
    expect(talks.format).toBe('direct');
    expect(talks.date).toBe('2025-06-02');
    expect(talks.timeOfDay).toBe('afternoon');
    const venue = place(talks.place);
    expect(venue).toMatchObject({ name: 'Ciragan Palace', city: 'Istanbul', country: 'TR' });
    expect(venue.names?.['tr']).toBe('Çırağan Sarayı');
    expect(place(venue.within)).toMatchObject({ name: 'Istanbul', kind: 'city', country: 'TR' });
  });

  test('followed the first round', () => {
    expect(roundTwo().relations).toContainEqual({ kind: 'follows', event: roundOfTalks(1).id });
  });

  test('was hosted by Turkey, presided by Hakan Fidan, with its spy chief and officers present', () => {
    const talks = roundTwo();
    expect(talks.host).toBe(turkey().id);

    const presiding = (talks.presidedBy ?? []).map(person);
    const fidan = only(
      presiding.filter((official) => official.name === 'Hakan Fidan'),
      'presiding official named Hakan Fidan',
    );
    expect(holds(fidan, 'Foreign Minister', turkey())).toBe(true);

    const attendees = (talks.attendees ?? []).map(actor);
    const intelligenceChief = only(
      attendees.filter(
        (attendee): attendee is Person =>
          attendee.kind === 'person' && holds(attendee, 'Head of intelligence', turkey()),
      ),
      "attendee who is Turkey's head of intelligence",
    );
    expect(intelligenceChief.name).toBeUndefined();

    const turkishBodies = attendees.filter(
      (attendee): attendee is Organisation =>
        attendee.kind === 'organisation' && attendee.country === 'TR' && attendee.partOf === turkey().id,
    );
    expect(turkishBodies.length).toBeGreaterThanOrEqual(1);
  });

  test('lasted a little under four hours', () => {
    expect(roundTwo().duration).toEqual({ iso: 'PT4H', qualifier: 'under' });
  });

  test('had Ukraine’s delegation led by Defence Minister Rustem Umerov, leaving by a staircase', () => {
    const delegation = only(
      (roundTwo().delegations ?? []).filter((candidate) => candidate.party === ukraine().id),
      'Ukrainian delegation',
    );
    const head = person(delegation.head);
    expect(head.name).toBe('Rustem Umerov');
    expect(head.names?.['uk']).toBe('Рустем Умєров');
    expect(holds(head, 'Defence Minister', ukraine())).toBe(true);
    // Roles change between rounds: the capacity he led this one in is recorded with the round.
    expect(delegation.headCapacity).toBe('Defence Minister');
    expect(delegation.note).toMatch(/external staircase/);
  });

  test('saw Russia hand over a ceasefire memorandum, which Ukraine took a week to consider', () => {
    const talks = roundTwo();
    const handed = memorandum(russia(), 'delivered');
    expect(handed.to).toBe(ukraine().id);
    expect(handed.date).toBe('2025-06-02');
    expect(handed.talks).toBe(talks.id);
    expect(handed.subject).toMatch(/ceasefire/);

    const reply = only(
      statementsBy(umerov()).filter((statement) => statement.related?.includes(handed.id)),
      'statement by Umerov answering the Russian memorandum',
    );
    expect(reply.date).toBe(talks.date);
    expect(reply.relations).toContainEqual({ kind: 'responds-to', event: handed.id });
    expect(reply.paraphrase).toMatch(/withdraw for one week/);
  });

  test('agreed exchanges of wounded, ill and under-18 prisoners and of the bodies of the fallen', () => {
    const agreement = only(
      eventsOfType('agreement').filter((candidate) => candidate.talks === roundTwo().id),
      'agreement reached at round 2',
    );
    expect([...agreement.parties].sort()).toEqual([russia().id, ukraine().id].sort());

    const prisoners = only(
      agreement.provisions.filter((provision) => provision.kind === 'prisoner-exchange'),
      'prisoner-exchange provision',
    );
    expect(prisoners.categories).toEqual(
      expect.arrayContaining(['seriously wounded', 'seriously ill', 'under 18']),
    );
    expect(citationsOf(agreement).map((citation) => citation.quote)).toContain(
      'all seriously wounded or ill, or under 18',
    );

    only(
      agreement.provisions.filter((provision) => provision.kind === 'remains-exchange'),
      'remains-exchange provision',
    );
  });

  test('discussed a possible leaders’ meeting between Presidents Putin and Zelensky', () => {
    const proposal = only(
      eventsOfType('proposal').filter((candidate) => candidate.subject === 'leaders-meeting'),
      'leaders-meeting proposal',
    );
    expect(proposal.talks).toBe(roundTwo().id);
    expect(proposal.status).toBe('discussed');

    const participants = (proposal.participants ?? []).map(person);
    const presidentOf = (state: State): Person =>
      only(
        participants.filter((participant) => holds(participant, 'President', state)),
        `participant who is President of ${state.name}`,
      );
    expect(presidentOf(russia()).name).toBe('Vladimir Putin');
    expect(presidentOf(ukraine()).name).toBe('Volodymyr Zelensky');
  });

  test('had its outcomes attributed to Umerov, as reported by the BBC', () => {
    const talks = roundTwo();
    const heads = new Set((talks.delegations ?? []).flatMap((delegation) => delegation.head ?? []));
    const outcomes = [
      ...linkedTo(talks).filter((event) => compareDates(event.date, talks.date) === 0),
      ...eventsOfType('statement').filter(
        (statement) => heads.has(statement.speaker) && compareDates(statement.date, talks.date) === 0,
      ),
    ];
    expect(outcomes.map((event) => event.type).sort()).toEqual([
      'agreement',
      'document',
      'proposal',
      'statement',
    ]);

    for (const outcome of outcomes) {
      const attributions = citationsOf(outcome).filter((citation) => citation.kind !== 'opinion');
      expect(attributions.length, outcome.id).toBeGreaterThanOrEqual(1);
      for (const citation of attributions) {
        expect(citation.kind, outcome.id).toBe('claim');
        expect(citation.claimant, outcome.id).toBe(umerov().id);
        const outlet = actor(citation.reportedBy);
        expect(outlet.kind, outcome.id).toBe('organisation');
        expect(outlet.name, outcome.id).toBe('BBC');
      }
    }
  });

  test('is shown in the Turkish foreign ministry’s handout photo, Russia left, Ukraine right', () => {
    const photo = image(roundTwo().image);
    expect(photo.credit).toBe('Turkish Ministry of Foreign Affairs via Getty Images');
    const provider = organisation(photo.providedBy);
    expect(provider).toMatchObject({ name: 'Turkish Ministry of Foreign Affairs', country: 'TR' });
    expect(photo.caption).toMatch(/Russia's delegation is on the left, Ukraine's on the right/);
  });

  test('is “going nowhere fast” in the author’s opinion, marked as opinion, not fact', () => {
    const isNowhereFast = (citation: Citation): boolean =>
      citation.quote?.includes('going nowhere fast') ?? false;
    const judgements = citationsOf(roundTwo()).filter(isNowhereFast);
    expect(judgements.length).toBeGreaterThanOrEqual(1);
    expect(judgements.every((citation) => citation.kind === 'opinion')).toBe(true);
    expect(
      allCitations().filter((citation) => isNowhereFast(citation) && citation.kind !== 'opinion'),
    ).toEqual([]);
  });
});

// ---- Before the talks -----------------------------------------------------------------------------------

describe('before the talks', () => {
  test('Ukraine sent its memorandum ahead; Russia withheld its own and wanted closed doors', () => {
    const talks = roundTwo();

    const ukrainian = memorandum(ukraine(), 'delivered');
    expect(ukrainian.to).toBe(russia().id);
    expect(ukrainian.subject).toMatch(/ceasefire/);
    expect(whollyBefore(ukrainian.date, talks.date)).toBe(true);

    const withheld = memorandum(russia(), 'withheld');
    expect(withheld.talks).toBe(talks.id);
    expect(whollyBefore(withheld.date, talks.date)).toBe(true);

    const closedDoors = only(
      statementsBy(russia()).filter((statement) => statement.related?.includes(withheld.id)),
      'Russian statement tied to the withheld memorandum',
    );
    expect(`${closedDoors.title} ${closedDoors.paraphrase ?? ''}`).toMatch(/closed doors/);
    expect(`${closedDoors.paraphrase ?? ''}`).toMatch(/only in private/);
  });

  test('Ukraine had cast doubt on whether it would attend', () => {
    const doubts = only(
      eventsOfType('context').filter(
        (context) =>
          context.actors?.includes(ukraine().id) &&
          context.related?.includes(memorandum(russia(), 'withheld').id),
      ),
      'context about Ukraine and the withheld memorandum',
    );
    expect(doubts.title).toMatch(/whether it will attend/);
    expect(whollyBefore(doubts.date, roundTwo().date)).toBe(true);
  });

  test('the first round, in mid-May 2025, ended inconclusively', () => {
    const first = roundOfTalks(1);
    expect(first.date).toBe('2025-05');
    expect(first.datePart).toBe('mid');
    expect(first.outcome).toBe('inconclusive');
    expect(roundTwo().related).toContain(first.id);
  });

  test('Russia had said it wanted no mediation', () => {
    const noMediation = only(
      statementsBy(russia()).filter((statement) => statement.paraphrase?.includes('without any mediation')),
      'Russian statement rejecting mediation',
    );
    expect(whollyBefore(noMediation.date, roundTwo().date)).toBe(true);
  });

  test('both sides struck with drones: a record Russian night, Ukraine on air bases on 1 June', () => {
    const actions = eventsOfType('military-action');

    const russian = only(
      actions.filter((action) => action.by === russia().id && action.means?.includes('drones')),
      'Russian drone attack',
    );
    expect(russian.record).toBe(true);
    expect(russian.timeOfDay).toBe('overnight');
    expect(russian.against).toBe(ukraine().id);
    expect(intervalEndDay(russian.date)).toBe('2025-06-01');

    const ukrainian = only(
      actions.filter((action) => action.by === ukraine().id && action.means?.includes('drones')),
      'Ukrainian drone attack',
    );
    expect(ukrainian.against).toBe(russia().id);
    expect(ukrainian.date).toBe('2025-06-01');
    expect(ukrainian.target).toMatch(/air bases/);
  });

  test('a Russian missile strike killed 12 Ukrainian military personnel and injured 60', () => {
    const strike = only(
      eventsOfType('military-action').filter(
        (action) => action.by === russia().id && action.means?.includes('missiles'),
      ),
      'Russian missile strike',
    );
    const casualties = strike.casualties ?? [];
    const count = (kind: string): unknown =>
      only(
        casualties.filter((entry) => entry.kind === kind && entry.side === ukraine().id),
        `${kind} casualties on the Ukrainian side`,
      ).count;
    expect(count('killed')).toBe(12);
    expect(count('injured')).toBe(60);
    const drones = only(
      eventsOfType('military-action').filter((action) => action.by === russia().id && action.record),
      'record Russian drone attack',
    );
    expect(strike.relations).toContainEqual({ kind: 'concurrent-with', event: drones.id });
  });

  test('on Sunday 1 June Zelensky announced he would send a delegation', () => {
    const announcement = only(
      statementsBy(zelensky()).filter((statement) => statement.date === '2025-06-01'),
      'statement by Zelensky on 1 June',
    );
    expect(announcement.paraphrase).toMatch(/send a delegation to Istanbul/);
  });

  test('Zelensky, in Lithuania, blamed Russia in advance and called for the strongest sanctions', () => {
    const speech = only(
      statementsBy(zelensky()).filter(
        (statement) => statement.place !== undefined && place(statement.place).country === 'LT',
      ),
      'statement by Zelensky in Lithuania',
    );
    expect(speech.setting).toMatch(/conference in Lithuania/);
    expect(speech.quote).toBe('the strongest sanctions President Trump promised');
    expect(speech.paraphrase).toMatch(/Russia's fault/);

    const called = only(
      eventsOfType('sanctions').filter(
        (sanctions) => sanctions.status === 'called-for' && sanctions.target.includes(russia().id),
      ),
      'sanctions on Russia called for',
    );
    expect(called.actors).toContain(zelensky().id);
    expect(called.related).toContain(speech.id);
  });

  test('Trump had mooted secondary sanctions on buyers of Russian exports such as gas and oil', () => {
    const unitedStates = stateIn('US');
    const secondary = only(
      eventsOfType('sanctions').filter(
        (sanctions) => sanctions.by === unitedStates.id && sanctions.scope === 'secondary',
      ),
      'US secondary sanctions',
    );
    expect(secondary.target).toContain(russia().id);
    expect(secondary.sectors).toEqual(expect.arrayContaining(['gas', 'oil']));
    const trump = personNamed('Donald Trump');
    expect(holds(trump, 'President', unitedStates)).toBe(true);
    expect(secondary.actors).toContain(trump.id);
  });

  test('Ukraine holds that a ceasefire must come before real peace talks', () => {
    const position = only(statementsBy(ukraine()), 'statement by Ukraine');
    expect(position.paraphrase).toMatch(/ceasefire has to be in place before genuine peace negotiations/);
  });
});

// ---- The document as a whole --------------------------------------------------------------------------

describe('the document', () => {
  test('cites every event, every cited source exists, and it parses with no warnings', () => {
    for (const event of timeline.events) {
      expect(citationsOf(event).length, event.id).toBeGreaterThanOrEqual(1);
      for (const citation of citationsOf(event)) expect(source(citation.source), event.id).toBeDefined();
    }
    const result = safeParseTimeline(istanbul);
    expect(result.success).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  test('keeps Cyrillic and Turkish names unchanged through parsing and a JSON round trip', () => {
    const expected: readonly (readonly [Actor | Place, string, string])[] = [
      [ukraine(), 'uk', 'Україна'],
      [russia(), 'ru', 'Россия'],
      [turkey(), 'tr', 'Türkiye'],
      [umerov(), 'uk', 'Рустем Умєров'],
      [zelensky(), 'uk', 'Володимир Зеленський'],
      [personNamed('Vladimir Putin'), 'ru', 'Владимир Путин'],
      [organisation(image(roundTwo().image).providedBy), 'tr', 'Dışişleri Bakanlığı'],
      [place(roundTwo().place), 'tr', 'Çırağan Sarayı'],
    ];
    const again = parseTimelineJson(JSON.stringify(timeline));
    const named = (document: Timeline, id: string): Actor | Place | undefined =>
      [...(document.actors ?? []), ...(document.places ?? [])].find((candidate) => candidate.id === id);

    for (const [entity, language, name] of expected) {
      expect(entity.names?.[language], entity.id).toBe(name);
      expect(name.normalize('NFC'), entity.id).toBe(name);
      expect(named(again, entity.id)?.names?.[language], entity.id).toBe(name);
    }
    // Each Cyrillic name is wholly Cyrillic (no Latin look-alikes), and the Turkish letters are kept.
    for (const [entity, language, name] of expected)
      if (language !== 'tr') expect(name, entity.id).toMatch(/^[\p{Script=Cyrillic} ]+$/u);
    expect(umerov().names?.['uk']).toContain('є');
    expect(place(roundTwo().place).names?.['tr']).toMatch(/^Ç.*ı.*ğ/u);
    expect(again).toEqual(timeline);
  });
});
