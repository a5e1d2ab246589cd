import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { basicSetup } from 'codemirror';
import { Compartment, EditorState } from '@codemirror/state';
import { EditorView, hoverTooltip } from '@codemirror/view';
import { linter, lintGutter, type Diagnostic } from '@codemirror/lint';
import { json, jsonLanguage } from '@codemirror/lang-json';
import { yaml, yamlLanguage } from '@codemirror/lang-yaml';
import { jsonCompletion, jsonSchemaHover, stateExtensions } from 'codemirror-json-schema';
import { yamlCompletion, yamlSchemaHover } from 'codemirror-json-schema/yaml';
import type { JSONSchema7 } from 'json-schema';
import { toDotPath, type ParleyIssue, type Timeline } from '@parley/core';
import { stringifyTimelineYaml } from '@parley/core/yaml';
import schema from '@parley/core/schema.json';
import istanbul from '@parley/core/examples/istanbul-2025-06-02.json';
import '@parley/widget/define';
import { issueRange } from './issue-range.js';
import { parseDocument, type ParsedDocument, type PlaygroundFormat } from './parse-document.js';

/** Where the playground keeps the document, so a reload loses nothing. */
export const PLAYGROUND_STORAGE_KEY = 'parley-playground';

const EXAMPLE_JSON = `${JSON.stringify(istanbul, null, 2)}\n`;

/** The Istanbul example in a format. */
export function exampleIn(format: PlaygroundFormat): string {
  return format === 'json' ? EXAMPLE_JSON : stringifyTimelineYaml(istanbul as Timeline);
}

/** Language support for a format: highlighting, and completion and hover docs from the JSON Schema. */
function languageFor(format: PlaygroundFormat) {
  return format === 'json'
    ? [json(), jsonLanguage.data.of({ autocomplete: jsonCompletion() }), hoverTooltip(jsonSchemaHover())]
    : [yaml(), yamlLanguage.data.of({ autocomplete: yamlCompletion() }), hoverTooltip(yamlSchemaHover())];
}

/** An issue as the editor shows it: at its exact range, with its path, message, hint and code. */
export function toDiagnostic(view: EditorView, issue: ParleyIssue): Diagnostic {
  const { from, to } = issueRange(view.state.doc, issue.line, issue.column);
  const where = issue.path.length ? `${toDotPath(issue.path)}: ` : '';
  return {
    from,
    to,
    severity: 'error',
    source: issue.code,
    message: `${where}${issue.message}${issue.hint ? ` ${issue.hint}` : ''}`,
  };
}

/**
 * The validator playground: a CodeMirror 6 editor (JSON or YAML) holding a timeline, Parley's
 * own issues as inline diagnostics at their line and column, completion and hover docs from the
 * shipped JSON Schema, and the card beside it, updated as you type.
 */
export class ParleyPlayground extends LitElement {
  static override properties = {
    format: { reflect: true },
    parsed: { state: true },
    timeline: { state: true },
  };

  static override styles = css`
    :host {
      display: block;
      font-family: system-ui, sans-serif;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: center;
      margin-block-end: 0.75rem;
    }
    .panes {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr));
      gap: 1rem;
      align-items: start;
    }
    .editor {
      border: 1px solid #8a8a8a;
      border-radius: 0.25rem;
      min-width: 0;
    }
    .editor .cm-editor {
      height: 70vh;
    }
    .problems {
      color: #8c1d18;
      margin: 0.5rem 0 0;
      padding-inline-start: 1.25rem;
    }
    .ok {
      color: #146c2e;
    }
    [role='status'] {
      margin: 0.5rem 0 0;
    }
  `;

  /** The document's format (declared, not initialised: a class field would hide Lit's accessor). */
  declare format: PlaygroundFormat;
  /** The last parse of the editor's text. */
  declare parsed: ParsedDocument;
  /** The last valid timeline, which the card shows. */
  declare timeline: Timeline | undefined;

  /** The CodeMirror view, for tests and for the page's own scripts. */
  editor: EditorView | undefined;
  readonly #language = new Compartment();
  #cardTimer: ReturnType<typeof setTimeout> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    const saved = this.#load();
    this.format = saved?.format ?? 'json';
    this.#apply(saved?.text ?? exampleIn(this.format), false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.editor?.destroy();
    this.editor = undefined;
  }

  /** The editor's text. */
  get text(): string {
    return this.editor?.state.doc.toString() ?? '';
  }

  /** Replaces the whole document, as a paste would. */
  setText(text: string): void {
    this.editor?.dispatch({
      changes: { from: 0, to: this.editor.state.doc.length, insert: text },
      userEvent: 'input.paste',
    });
  }

  protected override firstUpdated(): void {
    const host = this.renderRoot.querySelector<HTMLElement>('.editor')!;
    this.editor = new EditorView({
      parent: host,
      root: this.renderRoot as ShadowRoot,
      state: EditorState.create({
        doc: this.#initialText,
        extensions: [
          basicSetup,
          this.#language.of(languageFor(this.format)),
          stateExtensions(schema as JSONSchema7),
          lintGutter(),
          linter((view) => this.#diagnostics(view), { delay: 150 }),
          EditorView.contentAttributes.of({ 'aria-label': 'Timeline document' }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) this.#apply(update.state.doc.toString(), true);
          }),
        ],
      }),
    });
    // Keyboard users can reach the scrolling area itself, as axe requires of every scroller
    // (CodeMirror leaves it at tabindex -1 and relies on the editable content inside it).
    this.editor.scrollDOM.tabIndex = 0;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('format') && changed.get('format') !== undefined && this.editor)
      this.editor.dispatch({ effects: this.#language.reconfigure(languageFor(this.format)) });
  }

  protected override render() {
    const parsed = this.parsed;
    const issues = parsed.success ? [] : parsed.issues;
    return html`
      <div class="toolbar">
        <label
          >Format
          <select @change=${this.#handleFormat} .value=${this.format}>
            <option value="json" ?selected=${this.format === 'json'}>JSON</option>
            <option value="yaml" ?selected=${this.format === 'yaml'}>YAML</option>
          </select></label
        >
        <button type="button" @click=${this.#handleReset}>Start again from the example</button>
        <button type="button" @click=${this.#handleDownload}>Download timeline.${this.format}</button>
      </div>
      <div class="panes">
        <div>
          <div class="editor"></div>
          <p role="status" class=${parsed.success ? 'ok' : nothing}>
            ${
              parsed.success
                ? `Valid: ${parsed.data.events.length} events.`
                : `${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}${this.timeline ? '; the card shows the last valid version' : ''}.`
            }
          </p>
          ${
            issues.length
              ? html`<ol class="problems" aria-label="Problems">
                  ${issues.map(
                    (issue) =>
                      html`<li data-code=${issue.code}>
                        ${issue.line === undefined ? '' : `Line ${issue.line}, column ${issue.column}: `}${
                          issue.path.length ? html`<code>${toDotPath(issue.path)}</code>: ` : ''
                        }${issue.message}${issue.hint ? ` ${issue.hint}` : ''}
                      </li>`,
                  )}
                </ol>`
              : nothing
          }
        </div>
        <parley-timeline .timeline=${this.timeline}></parley-timeline>
      </div>
    `;
  }

  /** Text for the editor when it is first made. */
  #initialText = '';

  #apply(text: string, typed: boolean): void {
    if (!this.editor) this.#initialText = text;
    this.parsed = parseDocument(this.format, text);
    this.#save(text);
    const valid = this.parsed.success ? this.parsed.data : undefined;
    if (!valid) return;
    clearTimeout(this.#cardTimer);
    // While typing, the card follows once the typist pauses; at load it shows at once.
    if (typed) this.#cardTimer = setTimeout(() => (this.timeline = valid), 150);
    else this.timeline = valid;
  }

  #diagnostics(view: EditorView): Diagnostic[] {
    const parsed = parseDocument(this.format, view.state.doc.toString());
    return parsed.success ? [] : parsed.issues.map((issue) => toDiagnostic(view, issue));
  }

  #load(): { format: PlaygroundFormat; text: string } | undefined {
    try {
      const saved = JSON.parse(localStorage.getItem(PLAYGROUND_STORAGE_KEY) ?? 'null') as unknown;
      if (saved && typeof saved === 'object' && 'text' in saved && 'format' in saved) {
        const { text, format } = saved as { text: unknown; format: unknown };
        if (typeof text === 'string' && (format === 'json' || format === 'yaml')) return { text, format };
      }
    } catch {
      // Storage refused or garbled: start from the example.
    }
    return undefined;
  }

  #save(text: string): void {
    try {
      localStorage.setItem(PLAYGROUND_STORAGE_KEY, JSON.stringify({ format: this.format, text }));
    } catch {
      // Private mode or full storage: the playground still works, it just forgets on reload.
    }
  }

  #handleFormat = (event: Event): void => {
    const format = (event.target as HTMLSelectElement).value as PlaygroundFormat;
    if (format === this.format) return;
    // A valid document is converted; an invalid one cannot be, so the example takes its place.
    const text = this.parsed.success
      ? format === 'json'
        ? `${JSON.stringify(this.parsed.data, null, 2)}\n`
        : stringifyTimelineYaml(this.parsed.data)
      : exampleIn(format);
    this.format = format;
    this.editor?.dispatch({ effects: this.#language.reconfigure(languageFor(format)) });
    this.setText(text);
  };

  #handleReset = (): void => this.setText(exampleIn(this.format));

  #handleDownload = (): void => {
    const type = this.format === 'json' ? 'application/json' : 'application/yaml';
    const url = URL.createObjectURL(new Blob([this.text], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `timeline.${this.format}`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
}

if (!customElements.get('parley-playground')) customElements.define('parley-playground', ParleyPlayground);

declare global {
  interface HTMLElementTagNameMap {
    'parley-playground': ParleyPlayground;
  }
}
