/** Longest excerpt of a received string quoted in a message; keeps reports readable. */
const MAX_QUOTED = 40;

/**
 * Describes a received value for an error message: its kind, and a short quote for strings.
 * @example _describeReceived('next Tuesday') //=> '"next Tuesday"'
 */
export function _describeReceived(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value);
    case 'number':
    case 'boolean':
      return `${typeof value} ${String(value)}`;
    case 'undefined':
      return 'nothing';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}
