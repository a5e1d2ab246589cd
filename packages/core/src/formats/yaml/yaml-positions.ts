import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';

/** Where a YAML node sits in the source: its value's start and, for a map entry, its key's start. */
export interface _YamlPlace {
  readonly offset: number;
  readonly keyOffset?: number;
  /** Whether the node is the one at the path asked for, not the nearest ancestor. */
  readonly exact: boolean;
}

/** The key of a map entry as `toJS` writes it: scalars become their string form. */
function keyName(key: unknown): string | undefined {
  return isScalar(key) ? String(key.value) : undefined;
}

/**
 * Finds the YAML node at a document path (the path of a `ParleyIssue`), following aliases to
 * their anchors, so an issue found in the decoded value can be pointed at in the text.
 *
 * When the path does not exist (a missing field), it returns the nearest existing ancestor, as
 * the JSON reader does.
 */
export function _yamlPlaceOf(doc: Document, path: readonly (string | number)[]): _YamlPlace {
  let node: unknown = doc.contents;
  let keyOffset: number | undefined;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(doc);
    let next: unknown;
    let nextKeyOffset: number | undefined;
    if (isMap(node) && typeof segment === 'string') {
      const pair = node.items.find((item) => isPair(item) && keyName(item.key) === segment);
      if (pair) {
        next = pair.value;
        nextKeyOffset = (pair.key as Node).range?.[0];
        // `key:` with nothing after it has no value node: point at the key.
        if (next === null || (next as Node).range == null) next = pair.key;
      }
    } else if (isSeq(node) && typeof segment === 'number') {
      next = node.items[segment];
    }
    const range = (next as Node | undefined)?.range;
    if (!range) return { offset, ...(keyOffset === undefined ? {} : { keyOffset }), exact: false };
    node = next;
    offset = range[0];
    keyOffset = nextKeyOffset;
  }
  return { offset, ...(keyOffset === undefined ? {} : { keyOffset }), exact: true };
}

/**
 * The path of the innermost map entry or list item whose source contains `offset`, for
 * problems the yaml package reports by offset only (a duplicate key): its path, and the key
 * written at that offset when there is one.
 */
export function _yamlPathAt(doc: Document, offset: number): { path: (string | number)[]; key?: string } {
  const path: (string | number)[] = [];
  let node: unknown = doc.contents;
  const contains = (item: unknown) => {
    const range = (item as Node | null)?.range;
    return range != null && range[0] <= offset && offset < range[2];
  };
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && (contains(item.key) || contains(item.value)));
      const name = pair && keyName(pair.key);
      if (!pair || name === undefined) return { path };
      if (contains(pair.key)) return { path, key: name };
      path.push(name);
      node = pair.value;
    } else if (isSeq(node)) {
      const index = node.items.findIndex(contains);
      if (index < 0) return { path };
      path.push(index);
      node = node.items[index];
    } else return { path };
  }
}
