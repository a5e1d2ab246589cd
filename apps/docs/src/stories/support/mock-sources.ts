/**
 * Timeline URLs that answer inside the page, so the loading, error and refresh stories behave the
 * same in `npm start`, the static build and `npm test`, with no network and no server code.
 *
 * Hint: real files are served too — `./examples/istanbul-2025-06-02.json` and `./timelines/*` —
 * and the stories that load them exercise the browser's own fetch end to end.
 */

/** Where mocked timelines live. `.test` is reserved (RFC 2606): no real host answers there. */
export const MOCK_ORIGIN = 'https://timelines.parley.test';

/** What a mocked URL does when the card asks for it. */
export type MockResponse =
  | { readonly status?: number; readonly body: string; readonly contentType?: string }
  /** Never answers (until the card gives up or aborts). */
  | 'hang'
  /** Fails as an unreachable host does: fetch rejects with a TypeError. */
  | 'network-error'
  /** Answers each request afresh, e.g. a timeline that grows. */
  | (() => { readonly status?: number; readonly body: string; readonly contentType?: string });

const routes = new Map<string, MockResponse>();
let realFetch: typeof fetch | undefined;

function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

async function mockedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
  if (url.origin !== MOCK_ORIGIN) return realFetch!(input, init);
  const mock = routes.get(url.pathname);
  const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
  if (signal?.aborted) throw abortError();
  if (mock === undefined) return new Response('Not found', { status: 404, statusText: 'Not Found' });
  if (mock === 'network-error') throw new TypeError('Failed to fetch');
  if (mock === 'hang')
    return new Promise<Response>((_resolve, reject) =>
      signal?.addEventListener('abort', () => reject(abortError()), { once: true }),
    );
  const { status = 200, body, contentType = 'application/json' } = typeof mock === 'function' ? mock() : mock;
  return new Response(body, { status, headers: { 'content-type': contentType } });
}

/**
 * Serves `routes` (path → response) under {@link MOCK_ORIGIN} until the returned function is
 * called; other URLs go to the real fetch. Use it from a story's `beforeEach`.
 */
export function mockSources(entries: Record<string, MockResponse>): () => void {
  for (const [path, response] of Object.entries(entries)) routes.set(path, response);
  if (!realFetch) {
    realFetch = globalThis.fetch;
    globalThis.fetch = mockedFetch;
  }
  return () => {
    for (const path of Object.keys(entries)) routes.delete(path);
    if (routes.size === 0 && realFetch) {
      globalThis.fetch = realFetch;
      realFetch = undefined;
    }
  };
}

/** The full URL of a mocked path. */
export const mockUrl = (path: string) => `${MOCK_ORIGIN}${path}`;
