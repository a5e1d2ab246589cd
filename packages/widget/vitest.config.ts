import { configDefaults, defineConfig, type Plugin } from 'vitest/config';
import { chromiumBrowserMode } from '../../chromium.config.mjs';

type ViteDevServer = Parameters<Extract<Plugin['configureServer'], (...args: never[]) => unknown>>[0];

const valid = JSON.stringify({
  id: 'served',
  title: 'Served timeline',
  events: [{ type: 'context', id: 'e1', date: '2025-06-02', title: 'From the server' }],
});

/**
 * A live story for the refresh tests: each feed is a timeline a test replaces by POSTing it
 * (`?fail` makes the next answers 500s; `?slow=<ms>` delays each answer, logged on arrival), served with an ETag the way a CMS or CDN does,
 * answering a matching If-None-Match with 304. `<feed>.log` lists what each request got.
 */
function serveLiveFeeds(server: ViteDevServer): void {
  const feeds = new Map<
    string,
    { version: number; body: string; fail: boolean; slowMs: number; log: object[] }
  >();
  {
    server.middlewares.use('/__live__', (request, response) => {
      const url = new URL(request.url ?? '/', 'http://x');
      const name = url.pathname.replace(/^\/|\.(json|log)$/g, '');
      const feed = feeds.get(name) ?? { version: 0, body: '{}', fail: false, slowMs: 0, log: [] };
      feeds.set(name, feed);
      if (request.method === 'POST') {
        let body = '';
        request.on('data', (chunk: Buffer) => (body += chunk));
        request.on('end', () => {
          feed.fail = url.searchParams.has('fail');
          feed.slowMs = Number(url.searchParams.get('slow') ?? 0);
          if (!feed.fail) {
            feed.body = body;
            feed.version++;
          }
          response.end();
        });
        return;
      }
      if (url.pathname.endsWith('.log')) {
        response.setHeader('content-type', 'application/json');
        return response.end(JSON.stringify(feed.log));
      }
      const conditional = request.headers['if-none-match'];
      const etag = `"v${feed.version}"`;
      const status = feed.fail ? 500 : conditional === etag ? 304 : 200;
      feed.log.push({ status, conditional: conditional !== undefined });
      const body = feed.body;
      setTimeout(() => {
        response.statusCode = status;
        response.setHeader('cache-control', 'no-cache');
        if (status === 500) return response.end('down');
        response.setHeader('etag', etag);
        response.setHeader('content-type', 'application/json');
        response.end(status === 304 ? undefined : body);
      }, feed.slowMs);
    });
  }
}

/**
 * Test-only routes for `src`: the same dev server that serves the tests answers like the
 * servers a page meets in the wild (slow, missing, wrong type, too big, broken).
 */
function fixtureServer(): Plugin {
  return {
    name: 'parley-fixtures',
    configureServer(server) {
      serveLiveFeeds(server);
      server.middlewares.use('/__fixtures__', (request, response) => {
        const url = new URL(request.url ?? '/', 'http://x');
        const send = (status: number, type: string, body: string) => {
          response.statusCode = status;
          response.setHeader('content-type', type);
          response.end(body);
        };
        const delay = Number(url.searchParams.get('delay') ?? 0);
        setTimeout(() => {
          switch (url.pathname) {
            case '/timeline.json':
              return send(
                200,
                'application/json; charset=utf-8',
                url.searchParams.has('title')
                  ? valid.replace('Served timeline', url.searchParams.get('title')!)
                  : valid,
              );
            case '/missing.json':
              return send(404, 'text/plain', 'not found');
            case '/page.html':
              return send(200, 'text/html', '<!doctype html><p>Not JSON</p>');
            case '/broken.json':
              return send(200, 'application/json', '{\n  "id": "t",\n  "title": "T",\n  "events": [,]\n}');
            case '/long.json': {
              // A long-running negotiation: `count` events over many days, for the scale tests.
              const count = Number(url.searchParams.get('count') ?? 10_000);
              const events = Array.from({ length: count }, (_, index) => ({
                type: 'context',
                id: `e${index}`,
                date: new Date(Date.UTC(2020, 0, 1) + Math.floor(index / 3) * 86_400_000)
                  .toISOString()
                  .slice(0, 10),
                title: `Event number ${index}`,
                summary: 'Something happened in the talks.',
              }));
              return send(200, 'application/json', JSON.stringify({ id: 'long', title: 'Long', events }));
            }
            case '/huge.json':
              return send(200, 'application/json', JSON.stringify({ padding: 'x'.repeat(2_000_000) }));
            default:
              return send(404, 'text/plain', 'no such fixture');
          }
        }, delay);
      });
    },
  };
}

export default defineConfig({
  plugins: [fixtureServer()],
  optimizeDeps: { include: ['lit', 'lit/decorators.js'] },
  test: {
    name: 'widget',
    include: ['src/**/*.test.ts'],
    // `*.node.test.ts` files run in Node instead: see vitest.node.config.ts.
    exclude: [...configDefaults.exclude, 'src/**/*.node.test.ts'],
    browser: chromiumBrowserMode(),
    // Keyboard walks and axe runs over the whole card: on a busy shared machine they can pass 15 s.
    testTimeout: 60_000,
    // expect.poll and expect.element wait 1 s by default; the same machine can take longer.
    expect: { poll: { timeout: 10_000 } },
  },
});
