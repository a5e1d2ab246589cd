import { _stringifyForScript } from '../../internal/_json-for-script.js';

/**
 * JSON for inside a `<script>` element, such as the card's `<script type="application/json">`
 * data: `<`, `>` and `&` are written `\u003c`, `\u003e` and `\u0026` (and U+2028, U+2029
 * escaped), so no string in the data can close the element with `</script` or open a comment.
 * `JSON.parse` reads it back to the same value.
 *
 * Hint: a plain `JSON.stringify` is not safe there: a title containing `</script>` ends the element.
 *
 * @param value - Any value JSON can hold.
 * @param space - Indentation, as for `JSON.stringify`.
 * @throws {TypeError} When the value cannot be written as JSON (`undefined`, a function).
 * @example stringifyJsonForScript({ title: '</script>' }) //=> '{"title":"\\u003c/script\\u003e"}'
 */
export function stringifyJsonForScript(value: unknown, space?: number): string {
  return _stringifyForScript(value, space);
}
