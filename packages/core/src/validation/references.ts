import type { ParleyIssueData, ParleyWarningCode } from '../errors/issue.js';
import { REFERENCE_KINDS, type EntityKind, type ReferenceKind } from '../rules/reference-kinds.js';
import { toDotPath } from '../errors/format.js';
import { _closest } from '../internal/_closest.js';
import { isObject, MAX_HINTED, type Key, type ValidationRun } from './validation-run.js';

interface Entity {
  readonly kind: EntityKind;
  /** Where the item is: its list and index (a path is built only for a message). */
  readonly list: string;
  readonly index: number;
  used: boolean;
}

const pathOf = (entity: Entity): (string | number)[] => [entity.list, entity.index];

const ACCEPTS: Record<ReferenceKind, readonly EntityKind[]> = REFERENCE_KINDS;

/** The top-level lists whose items have ids, and what each item is. */
const ENTITY_LISTS: readonly [string, (item: Record<string, unknown>) => unknown][] = [
  ['actors', (actor) => actor['kind']],
  ['places', () => 'place'],
  ['sources', () => 'source'],
  ['images', () => 'image'],
  ['events', () => 'event'],
];

/**
 * The document's ids and what they name, gathered before validation so a reference can be
 * checked where it stands, even when it points further down the document. Its issues count
 * only for a document whose shape is valid (a broken list would make every reference dangle).
 */
export class References {
  readonly #entities = new Map<string, Entity>();
  readonly #issues: ParleyIssueData[] = [];
  /** Unresolved references, by their issue's index: each gets a "did you mean" in `finish`. */
  readonly #unresolved: { index: number; id: string; kind: ReferenceKind }[] = [];

  /** @param maxValues - A longer list is skipped here; validation refuses it by its length. */
  constructor(document: unknown, maxValues: number) {
    if (!isObject(document)) return;
    for (const [name, kindOf] of ENTITY_LISTS) {
      const list = document[name];
      if (!Array.isArray(list) || list.length > maxValues) continue;
      for (let index = 0; index < list.length; index++) {
        const item: unknown = list[index];
        if (!isObject(item) || typeof item['id'] !== 'string') continue;
        const id = item['id'];
        const first = this.#entities.get(id);
        if (first)
          this.#issues.push({
            code: 'duplicate_id',
            path: [name, index, 'id'],
            received: id,
            params: { first: toDotPath(pathOf(first)) },
          });
        else this.#entities.set(id, { kind: kindOf(item) as EntityKind, list: name, index, used: false });
      }
    }
  }

  /** Checks that `id`, at `key`, names an item of the kind the field needs. */
  check(run: ValidationRun, id: string, kind: ReferenceKind, key: Key): void {
    const target = this.#entities.get(id);
    if (target) {
      target.used = true;
      if (ACCEPTS[kind].includes(target.kind)) return;
      this.#issues.push({
        code: 'wrong_reference_kind',
        path: run.pathTo(key),
        expected: kind,
        received: id,
        params: { is: target.kind, at: toDotPath(pathOf(target)) },
      });
      return;
    }
    this.#unresolved.push({ index: this.#issues.length, id, kind });
    this.#issues.push({ code: 'unresolved_reference', path: run.pathTo(key), expected: kind, received: id });
  }

  /**
   * The reference issues, once validation has seen every reference. Hints are found only now, and
   * only for the first few: each compares the id with every id of the right kind.
   */
  finish(): ParleyIssueData[] {
    const candidates = new Map<ReferenceKind, string[]>();
    for (const { index, id, kind } of this.#unresolved.slice(0, MAX_HINTED)) {
      let ids = candidates.get(kind);
      if (!ids) {
        ids = [...this.#entities]
          .filter(([, entity]) => ACCEPTS[kind].includes(entity.kind))
          .map(([each]) => each);
        candidates.set(kind, ids);
      }
      const suggestion = _closest(id, ids);
      if (suggestion) this.#issues[index] = { ...this.#issues[index]!, suggestion };
    }
    return this.#issues;
  }

  /** Warnings for ids nothing refers to (events excepted: readers see every event). */
  unreferenced(): ParleyIssueData<ParleyWarningCode>[] {
    const warnings: ParleyIssueData<ParleyWarningCode>[] = [];
    for (const [id, entity] of this.#entities) {
      if (entity.kind === 'event' || entity.used) continue;
      warnings.push({ code: 'unreferenced', path: [...pathOf(entity), 'id'], received: id });
    }
    return warnings;
  }
}
