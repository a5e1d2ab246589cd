const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text made safe for HTML text and for quoted attribute values: `& < > " '` become character
 * references, so no text from a timeline can open a tag or leave an attribute.
 *
 * @example escapeHtml('<b onclick="x">') //=> '&lt;b onclick=&quot;x&quot;&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}
