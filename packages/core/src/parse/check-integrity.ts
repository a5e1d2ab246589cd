import type * as z from 'zod/mini';
import type { Timeline } from '../schemas/timeline.js';
import { TimelineSchema } from '../schemas/timeline.js';
import type { ReferenceKind } from '../schemas/primitives/id.js';
import type { ParleyIssue, ParleyWarning } from '../errors/issue.js';
import { toDotPath } from '../errors/format.js';
import { _rangeOf } from '../dates/date-range.js';
import { _closest } from '../internal/_closest.js';
import { _visitReferences } from '../internal/_reference-walker.js';

/** What an id in the document names. */
type EntityKind = 'person' | 'state' | 'organisation' | 'place' | 'source' | 'image' | 'event';

interface Entity {
  readonly kind: EntityKind;
  readonly path: readonly (string | number)[];
}

/** Which entity kinds each kind of reference accepts. */
const ACCEPTS: Record<ReferenceKind, readonly EntityKind[]> = {
  actor: ['person', 'state', 'organisation'],
  party: ['state', 'organisation'],
  person: ['person'],
  place: ['place'],
  source: ['source'],
  image: ['image'],
  event: ['event'],
};

const DESCRIBE: Record<ReferenceKind, string> = {
  actor: 'an actor',
  party: 'a state or organisation',
  person: 'a person',
  place: 'a place',
  source: 'a source',
  image: 'an image',
  event: 'an event',
};

function entitiesOf(timeline: Timeline): [string, Entity][] {
  const entities: [string, Entity][] = [];
  const add = (
    list: readonly { id: string }[] | undefined,
    name: string,
    kindOf: (item: never) => EntityKind,
  ) => {
    if (!list) return;
    for (let index = 0; index < list.length; index++)
      entities.push([list[index]!.id, { kind: kindOf(list[index] as never), path: [name, index] }]);
  };
  add(timeline.actors, 'actors', (actor: { kind: EntityKind }) => actor.kind);
  add(timeline.places, 'places', () => 'place');
  add(timeline.sources, 'sources', () => 'source');
  add(timeline.images, 'images', () => 'image');
  add(timeline.events, 'events', () => 'event');
  return entities;
}

/**
 * Checks what the shape alone cannot, on data that already matches the schema: ids are unique
 * across the document and every reference names an item of the right kind. Also returns warnings for legal but suspicious data.
 */
export function checkIntegrity(timeline: Timeline): { issues: ParleyIssue[]; warnings: ParleyWarning[] } {
  const issues: ParleyIssue[] = [];
  const warnings: ParleyWarning[] = [];

  const entities = new Map<string, Entity>();
  for (const [id, entity] of entitiesOf(timeline)) {
    const first = entities.get(id);
    if (first)
      issues.push({
        code: 'duplicate_id',
        message: `Duplicate id ${JSON.stringify(id)}; it is already used by ${toDotPath(first.path)}.`,
        path: [...entity.path, 'id'],
      });
    else entities.set(id, entity);
  }

  const referenced = new Set<string>();
  _visitReferences(TimelineSchema as z.core.$ZodType, timeline, (kind, value, path) => {
    referenced.add(value);
    const target = entities.get(value);
    if (!target) {
      const candidates = [...entities]
        .filter(([, entity]) => ACCEPTS[kind].includes(entity.kind))
        .map(([id]) => id);
      const suggestion = _closest(value, candidates);
      issues.push({
        code: 'unresolved_reference',
        message: `No ${DESCRIBE[kind].replace(/^an? /, '')} has the id ${JSON.stringify(value)}.`,
        path: [...path],
        ...(suggestion ? { hint: `Did you mean "${suggestion}"?` } : {}),
      });
    } else if (!ACCEPTS[kind].includes(target.kind)) {
      issues.push({
        code: 'wrong_reference_kind',
        message: `${JSON.stringify(value)} is ${target.kind === 'organisation' || target.kind === 'event' || target.kind === 'image' ? 'an' : 'a'} ${target.kind} (${toDotPath(target.path)}), but this field needs ${DESCRIBE[kind]}.`,
        path: [...path],
      });
    }
  });

  const period = timeline.period === undefined ? undefined : _rangeOf(timeline.period);
  for (const [index, event] of timeline.events.entries()) {
    if (period) {
      const range = _rangeOf(event.date);
      const before = range.latest !== null && period.earliest !== null && range.latest < period.earliest;
      const after = range.earliest !== null && period.latest !== null && range.earliest > period.latest;
      if (before || after)
        warnings.push({
          code: 'outside_period',
          message: `The event's date ${event.date} is outside the timeline's period ${timeline.period}.`,
          path: ['events', index, 'date'],
        });
    }
    if ((event.citations ?? []).length === 0)
      warnings.push({
        code: 'uncited',
        message: 'The event cites no source; readers cannot check it.',
        path: ['events', index],
        hint: 'Add a citation with the source that reports it.',
      });
  }

  for (const [id, entity] of entities) {
    if (entity.kind === 'event' || referenced.has(id)) continue;
    warnings.push({
      code: 'unreferenced',
      message: `Nothing refers to ${JSON.stringify(id)}; readers will never see it.`,
      path: [...entity.path, 'id'],
    });
  }

  return { issues, warnings };
}
