/**
 * The URL if it is an absolute http(s) link, else undefined. The parser already refuses other
 * schemes; checking again where a link is made keeps that promise even if data bypassed it.
 */
export function safeHttpUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
