/** The `integrity` value of a file's text: `sha384-` and its base64 SHA-384 digest. */
export async function subresourceIntegrity(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', new TextEncoder().encode(text)));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}
