/**
 * `JSON.stringify` for text that goes inside an HTML `<script>` element (a JSON data block or
 * JSON-LD): `<`, `>` and `&` become `\u003c`, `\u003e` and `\u0026`, so no string in the data
 * can write `</script` or `<!--` and end the element early; U+2028 and U+2029 are escaped too, for
 * pages that paste the text into JavaScript. The result parses back to the same value.
 */
export function _stringifyForScript(value: unknown, space?: number): string {
  const json = JSON.stringify(value, null, space) as string | undefined;
  if (json === undefined) throw new TypeError(`Cannot write ${typeof value} as JSON.`);
  return json.replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
