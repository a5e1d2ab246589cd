/**
 * A Parley date as plain ISO 8601 ends, for schema.org's `startDate`/`endDate` and HTML's
 * `<time datetime>`. EDTF's qualifiers (`~` approximate, `?` uncertain, `%` both) have no place
 * there and are left off; an open (`..`) or unknown (empty) end of an interval gives no value.
 */
export function _isoDates(date: string): { start?: string; end?: string } {
  const plain = (text: string | undefined) =>
    text === undefined || text === '' || text === '..' ? undefined : text.replace(/[?~%]$/, '');
  const [from, to] = date.includes('/') ? date.split('/') : [date];
  const start = plain(from);
  const end = plain(to);
  return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
}
