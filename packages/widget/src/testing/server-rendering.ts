// What Lit SSR makes of <parley-timeline> in Node, shared by the two ways servers set Lit up:
// parley-timeline.ssr.node.test.ts (Lit's own minimal shim) and
// parley-timeline.ssr-global-shim.node.test.ts (the global DOM shim Astro and others install).
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, type TemplateResult } from 'lit';
import { afterEach, describe, expect, test, vi } from 'vitest';
import example from '@parley/core/examples/istanbul-2025-06-02.json' with { type: 'json' };
import '../define.js';

/** The HTML Lit SSR writes for a template, or what it threw. */
async function serverRender(template: TemplateResult): Promise<{ output: string; error?: unknown }> {
  try {
    return { output: await collectResult(render(template)) };
  } catch (error) {
    return { output: '', error };
  }
}

/**
 * Fails with the error and the first line of the widget's own code in its stack, the line to fix,
 * rather than with a bare "expected undefined".
 */
function expectNoThrow(error: unknown): void {
  const stack = error instanceof Error ? (error.stack ?? String(error)) : String(error);
  const where = stack.split('\n').find((line) => line.includes('/packages/widget/src/')) ?? '';
  expect(
    error,
    `Lit SSR threw while rendering <parley-timeline>: ${String(error)}\n${where.trim()}\n` +
      'Code that runs on the server (constructor, willUpdate, render) must not touch browser-only globals.',
  ).toBeUndefined();
}

/** The HTML without Lit's hydration markers (`<!--lit-part …-->`, `<!--lit-node 0-->`, `<?>`). */
const withoutMarkers = (output: string) => output.replace(/<!--\/?lit-(?:part|node)[^>]*-->|<\?>/g, '');

/** What a reader sees in some HTML: tags dropped, entities decoded, spaces collapsed. */
const textOf = (markup: string) =>
  markup
    .replace(/<style>[^]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, name: string) =>
      name === 'amp' ? '&' : name === 'lt' ? '<' : name === 'gt' ? '>' : name === 'quot' ? '"' : "'",
    )
    .replace(/\s+/g, ' ');

/** The element's declarative shadow root and its light DOM, split apart. */
function parts(output: string): { shadow: string; light: string } {
  const match =
    /<parley-timeline[^>]*><template shadowroot="open" shadowrootmode="open">([^]*)<\/template>([^]*)<\/parley-timeline\s*>/.exec(
      withoutMarkers(output),
    );
  expect(match, `no declarative shadow root in:\n${output.slice(0, 500)}`).not.toBeNull();
  return { shadow: match![1]!, light: match![2]! };
}

/**
 * What the server sends for every card: a declarative shadow root with the element's styles, the
 * loading state and the slot (so fallback content shows until the card is ready), and never the
 * error state. The data is read on the client: Lit SSR skips the controller hook (`hostUpdate`)
 * where the element resolves its source, and a child script or `src` is only readable there.
 */
function expectLoadingCard(output: string): { shadow: string; light: string } {
  const { shadow, light } = parts(output);
  expect(shadow).toMatch(/^<style>[^]*--parley-accent[^]*<\/style>/);
  expect(shadow).toMatch(/part="loading"/);
  expect(textOf(shadow)).toContain('Loading the timeline');
  expect(shadow).not.toMatch(/part="error"/);
  expect(shadow).toContain('<slot></slot>');
  return { shadow, light };
}

export function describeServerRendering(setup: string): void {
  describe(`<parley-timeline> rendered by Lit SSR (${setup})`, () => {
    afterEach(() => {
      vi.unstubAllGlobals();
    });

    test('registers in Node on import, with no browser around', () => {
      expect(customElements.get('parley-timeline')).toBeDefined();
    });

    test('with a child script: the loading state; the script and the fallback stay in the light DOM', async () => {
      const { output, error } = await serverRender(
        html`<parley-timeline
          ><script type="application/json">
            { "id": "t", "title": "Read on the client", "events": [] }
          </script>
          <ul>
            <li>Fallback list</li>
          </ul></parley-timeline
        >`,
      );
      expectNoThrow(error);
      const { light } = expectLoadingCard(output);
      expect(light).toContain('<script type="application/json">');
      expect(textOf(light)).toContain('Fallback list');
    });

    test('with the timeline property: the loading state, not the card (it renders on the client)', async () => {
      const { output, error } = await serverRender(
        html`<parley-timeline .timeline=${example}></parley-timeline>`,
      );
      expectNoThrow(error);
      const { shadow } = expectLoadingCard(output);
      expect(textOf(shadow)).not.toContain(example.title);
    });

    test('with SSR disabled for it, as the README suggests: the plain tag and its content', async () => {
      const option = (element: HTMLElement) =>
        element.localName === 'parley-timeline' ? { disableSsr: true } : undefined;
      LitElementRenderer.renderOptions.push(option);
      try {
        const { output, error } = await serverRender(
          html`<parley-timeline src="/talks.json"><p>Fallback</p></parley-timeline>`,
        );
        expectNoThrow(error);
        expect(withoutMarkers(output)).toMatch(
          /^<parley-timeline[^>]*src="\/talks.json"[^>]*><p>Fallback<\/p><\/parley-timeline>$/,
        );
      } finally {
        LitElementRenderer.renderOptions.splice(LitElementRenderer.renderOptions.indexOf(option), 1);
      }
    });

    test('with src: the loading state, and no request from the server', async () => {
      const fetch = vi.fn(() => Promise.reject(new Error('the server must not fetch src')));
      vi.stubGlobal('fetch', fetch);
      const { output, error } = await serverRender(
        html`<parley-timeline src="http://127.0.0.1:9/timeline.json"></parley-timeline>`,
      );
      expectNoThrow(error);
      expectLoadingCard(output);
      // Give a request the server should not have started the chance to show up.
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(fetch).not.toHaveBeenCalled();
    });
  });
}
