import type { Actor, Image, Place, Role, Source, Timeline } from '@parley/core';

/** Lookups by id over a validated timeline, for rendering names instead of ids. */
export class TimelineIndex {
  readonly #actors = new Map<string, Actor>();
  readonly #places = new Map<string, Place>();
  readonly #sources = new Map<string, Source>();
  readonly #images = new Map<string, Image>();

  constructor(timeline: Timeline) {
    for (const actor of timeline.actors ?? []) this.#actors.set(actor.id, actor);
    for (const place of timeline.places ?? []) this.#places.set(place.id, place);
    for (const source of timeline.sources ?? []) this.#sources.set(source.id, source);
    for (const image of timeline.images ?? []) this.#images.set(image.id, image);
  }

  /** A readable name: the actor's name, or for someone known only by role, "Head of intelligence, Turkey". */
  actorName(id: string): string {
    const actor = this.#actors.get(id);
    if (!actor) return id;
    if (actor.kind !== 'person' || actor.name !== undefined) return actor.name ?? id;
    const role = actor.roles?.[0];
    return role ? this.roleText(role) : id;
  }

  /** "Defence Minister, Ukraine": a role with the state or body it belongs to. */
  roleText(role: Role): string {
    return role.of ? `${role.title}, ${this.actorName(role.of)}` : role.title;
  }

  /** "Rustem Umerov (Defence Minister, Ukraine)" where a role is known. */
  personWithRole(id: string): string {
    const actor = this.#actors.get(id);
    const role = actor?.kind === 'person' && actor.name !== undefined ? actor.roles?.[0] : undefined;
    if (!role) return this.actorName(id);
    return `${this.actorName(id)} (${this.roleText(role)})`;
  }

  /** The state or organisation an actor stands for: itself, or a person's first role's body. */
  partyOf(id: string): string | undefined {
    const actor = this.#actors.get(id);
    if (!actor) return undefined;
    if (actor.kind !== 'person') return actor.id;
    const of = actor.roles?.[0]?.of;
    return of && this.#actors.get(of)?.kind !== 'person' ? of : undefined;
  }

  placeName(id: string): string {
    const place = this.#places.get(id);
    if (!place) return id;
    // "Ciragan Palace, Istanbul": the city it names, else the place it lies within.
    const around = place.city ?? (place.within && this.#places.get(place.within)?.name);
    return around && around !== place.name ? `${place.name}, ${around}` : place.name;
  }

  source(id: string): Source | undefined {
    return this.#sources.get(id);
  }

  image(id: string): Image | undefined {
    return this.#images.get(id);
  }
}
