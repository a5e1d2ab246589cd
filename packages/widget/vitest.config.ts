import { configDefaults, defineConfig, type Plugin } from 'vitest/config';
import { chromiumBrowserMode } from '../../chromium.config.mjs';

const valid = JSON.stringify({
  id: 'served',
  title: 'Served timeline',
  events: [{ type: 'context', id: 'e1', date: '2025-06-02', title: 'From the server' }],
});

/**
 * Test-only routes for `src`: the same dev server that serves the tests answers like the
 * servers a page meets in the wild (slow, missing, wrong type, too big, broken).
 */
function fixtureServer(): Plugin {
  return {
    name: 'parley-fixtures',
    configureServer(server) {
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
  },
});
