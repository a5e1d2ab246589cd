import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { currentCompletions, startCompletion } from '@codemirror/autocomplete';
import { forEachDiagnostic } from '@codemirror/lint';
import type { EditorView } from '@codemirror/view';
import { safeParseTimelineJson } from '@parley/core';
import istanbul from '@parley/core/examples/istanbul-2025-06-02.json';
import schema from '@parley/core/schema.json';
import { PLAYGROUND_STORAGE_KEY, type ParleyPlayground } from '../../playground/parley-playground.js';
import '../../playground/parley-playground.js';
import { partText, waitForPart } from '../support/card.js';

/**
 * Write or paste a timeline in JSON or YAML and see what is wrong as you type: Parley's own
 * issues at their line and column, completion (Ctrl+Space) and hover docs from
 * `@parley/core/schema.json`, and the card beside the editor. The document stays in this
 * browser's local storage; the button downloads it.
 */
const meta: Meta = {
  title: 'Tools/Playground',
  parameters: { layout: 'fullscreen' },
  render: () =>
    html`<main style="padding: 1rem">
      <h1>Playground</h1>
      <parley-playground></parley-playground>
    </main>`,
};

export default meta;

/** Replaces the first occurrence of `find` as typing would, and returns where it was (1-based). */
function typeOver(view: EditorView, find: string, insert: string) {
  const text = view.state.doc.toString();
  const from = text.indexOf(find);
  if (from < 0) throw new Error(`${find} is not in the document`);
  view.dispatch({ changes: { from, to: from + find.length, insert }, userEvent: 'input.type' });
  const line = view.state.doc.lineAt(from);
  return { from, to: from + insert.length, line: line.number, column: from - line.from + 1 };
}

/** Where `text` is in the document: offsets and 1-based line and column. */
function locate(view: EditorView, text: string) {
  const from = view.state.doc.toString().indexOf(text);
  const line = view.state.doc.lineAt(from);
  return { from, to: from + text.length, line: line.number, column: from - line.from + 1 };
}

function diagnosticsOf(view: EditorView) {
  const found: { from: number; to: number; message: string; source?: string }[] = [];
  forEachDiagnostic(view.state, (diagnostic, from, to) =>
    found.push({
      from,
      to,
      message: diagnostic.message,
      ...(diagnostic.source ? { source: diagnostic.source } : {}),
    }),
  );
  return found;
}

/** The playground itself: what you write stays in this browser. */
export const Playground: StoryObj = {};

/**
 * The tests, hidden from the sidebar (`!dev`): each starts from the example, edits it and checks
 * the editor and the card. Kept apart so opening the playground never edits your document.
 */
const tested = {
  tags: ['!dev', '!autodocs'],
  beforeEach: () => localStorage.removeItem(PLAYGROUND_STORAGE_KEY),
};

export const PlaygroundTest: StoryObj = {
  ...tested,
  name: 'Playground (test: JSON)',
  play: async ({ canvasElement, step }) => {
    const playground = canvasElement.querySelector<ParleyPlayground>('parley-playground')!;
    await waitFor(() => expect(playground.editor).toBeDefined());
    const view = playground.editor!;
    const card = playground.shadowRoot!.querySelector('parley-timeline')!;
    await waitForPart(card, 'title');
    await expect(partText(card, 'title')).toBe(istanbul.title);

    await step('an edit shows in the card', async () => {
      typeOver(view, istanbul.title, 'Talks, as edited');
      await waitFor(() => expect(partText(card, 'title')).toBe('Talks, as edited'));
    });

    let broken: ReturnType<typeof locate>;
    await step(
      'a broken date is a diagnostic at its line and column; the card keeps the last valid version',
      async () => {
        typeOver(view, `"${istanbul.published}"`, '"2025-02-30"');
        typeOver(view, '"Talks, as edited"', '"Talks, fixed"');
        broken = locate(view, '"2025-02-30"');
        const result = safeParseTimelineJson(view.state.doc.toString());
        const issue = result.success ? undefined : result.error.issues[0];
        await expect({ line: issue!.line, column: issue!.column }).toEqual({
          line: broken.line,
          column: broken.column,
        });
        await waitFor(() =>
          expect(diagnosticsOf(view)).toEqual([
            {
              from: broken.from,
              to: broken.to,
              message: 'published: 2025-02 has no day 30; it has 28 days.',
              source: 'invalid_date',
            },
          ]),
        );
        const problems = playground.shadowRoot!.querySelector('[aria-label="Problems"]')!;
        await expect(problems.textContent?.replace(/\s+/g, ' ').trim()).toBe(
          `Line ${broken.line}, column ${broken.column}: published: 2025-02 has no day 30; it has 28 days.`,
        );
        await expect(partText(card, 'title')).toBe('Talks, as edited');
      },
    );

    await step('fixing it clears the diagnostic and the card updates', async () => {
      typeOver(view, '"2025-02-30"', '"2025-06-03"');
      await waitFor(() => expect(diagnosticsOf(view)).toEqual([]));
      await waitFor(() => expect(partText(card, 'title')).toBe('Talks, fixed'));
      await expect(playground.shadowRoot!.querySelector('[role="status"]')?.textContent?.trim()).toBe(
        `Valid: ${istanbul.events.length} events.`,
      );
    });

    await step('the document is kept for the next visit', async () => {
      await expect(JSON.parse(localStorage.getItem(PLAYGROUND_STORAGE_KEY)!).text).toContain(
        '"Talks, fixed"',
      );
    });
  },
};

/** The same in YAML: the example converted, and YAML's own errors with their line and column. */
export const PlaygroundYamlTest: StoryObj = {
  ...tested,
  name: 'Playground (test: YAML)',
  play: async ({ canvasElement }) => {
    const playground = canvasElement.querySelector<ParleyPlayground>('parley-playground')!;
    await waitFor(() => expect(playground.editor).toBeDefined());
    const select = playground.shadowRoot!.querySelector('select')!;
    select.value = 'yaml';
    select.dispatchEvent(new Event('change'));
    const view = playground.editor!;
    await waitFor(() => expect(view.state.doc.toString()).toMatch(/^id: /));
    await waitFor(() => expect(diagnosticsOf(view)).toEqual([]));
    const broken = typeOver(view, `published: ${istanbul.published}`, 'published: 2025-13-01');
    await waitFor(() => expect(diagnosticsOf(view)).toHaveLength(1));
    const [diagnostic] = diagnosticsOf(view);
    await expect(view.state.doc.lineAt(diagnostic!.from).number).toBe(broken.line);
    await expect(diagnostic!.source).toBe('invalid_date');
  },
};

/** Rests the mouse on a document offset, as a reader pointing at a word would. */
function pointAt(view: EditorView, pos: number) {
  const box = view.coordsAtPos(pos + 1)!;
  // The editor lives in the playground's shadow root: ask that root what is under the point.
  const root = view.root as Document | ShadowRoot;
  const target = root.elementFromPoint(box.left, (box.top + box.bottom) / 2) ?? view.contentDOM;
  const init = { clientX: box.left, clientY: (box.top + box.bottom) / 2, bubbles: true, composed: true };
  target.dispatchEvent(new MouseEvent('mouseover', init));
  target.dispatchEvent(new MouseEvent('mousemove', init));
}

/** Completion and hover docs come from the shipped JSON Schema, in the editor itself. */
export const PlaygroundSchemaHelpTest: StoryObj = {
  ...tested,
  name: 'Playground (test: completion and hover)',
  play: async ({ canvasElement, step }) => {
    const playground = canvasElement.querySelector<ParleyPlayground>('parley-playground')!;
    await waitFor(() => expect(playground.editor).toBeDefined());
    const view = playground.editor!;
    const properties = schema.properties as Record<string, { description?: string }>;

    await step('a new key at the top level offers the properties the schema still allows', async () => {
      const missing = Object.keys(properties).filter((name) => !(name in istanbul));
      await expect(missing.length).toBeGreaterThan(0);
      // An empty key just inside the document's opening brace, with the cursor in its quotes.
      view.dispatch({ changes: { from: 1, insert: '\n  "": 1,' }, selection: { anchor: 5 } });
      view.focus();
      startCompletion(view);
      await waitFor(() =>
        expect(currentCompletions(view.state).map((option) => option.label.replace(/"/g, ''))).toEqual(
          expect.arrayContaining(missing),
        ),
      );
    });

    await step("resting on a key shows the schema's description of it", async () => {
      playground.setText(exampleText());
      const key = view.state.doc.toString().indexOf('"summary"');
      await expect(key).toBeGreaterThan(0);
      pointAt(view, key + 2);
      const tooltip = () => playground.shadowRoot!.querySelector('.cm-tooltip-hover');
      await waitFor(() => expect(tooltip()?.textContent).toContain(properties.summary!.description!), {
        timeout: 5_000,
      });
    });
  },
};

function exampleText() {
  return `${JSON.stringify(istanbul, null, 2)}\n`;
}
