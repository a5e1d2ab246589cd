import { LitElement, css, html, nothing } from 'lit';
import { safeParseTimelineJson, type ParleyIssue } from '@parley/core';
import widgetPackage from '@parley/widget/package.json';
import bundle from '@parley/widget/parley-timeline.js?raw';
import istanbul from '@parley/core/examples/istanbul-2025-06-02.json';
import '@parley/widget/define';
import { subresourceIntegrity } from '../pages/support/subresource-integrity.js';
import { iframeSnippet, scriptSnippet, type EmbedOptions } from './snippets.js';

/** The published script tag, pinned to the version these docs run. */
export const SCRIPT_URL = `https://unpkg.com/@parley/widget@${widgetPackage.version}/dist/parley-timeline.js`;

type Choice = { readonly value: string; readonly label: string };
const THEMES: Choice[] = [
  { value: '', label: 'Light (default)' },
  { value: 'dark', label: 'Dark' },
  { value: 'auto', label: "Follow the reader's system" },
];
const LANGUAGES: Choice[] = [
  { value: '', label: "The page's language" },
  { value: 'en', label: 'English' },
  { value: 'uk', label: 'Українська' },
  { value: 'ru', label: 'Русский' },
  { value: 'tr', label: 'Türkçe' },
  { value: 'ar', label: 'العربية' },
];

/**
 * The embed builder: choose the data (pasted JSON or a URL), theme, language, density, the
 * reader's controls and order; see the card and copy the snippet, or the iframe for content
 * systems that strip scripts.
 */
export class ParleyEmbedBuilder extends LitElement {
  static override properties = {
    source: { state: true },
    pasted: { state: true },
    url: { state: true },
    theme: { state: true },
    lang: { state: true },
    density: { state: true },
    filters: { state: true },
    order: { state: true },
    integrity: { state: true },
    copied: { state: true },
  };

  static override styles = css`
    :host {
      display: block;
      font-family: system-ui, sans-serif;
    }
    form {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
      gap: 0.75rem 1rem;
      margin-block-end: 1rem;
    }
    label,
    fieldset {
      display: grid;
      gap: 0.25rem;
    }
    textarea {
      font-family: ui-monospace, monospace;
      min-height: 10rem;
    }
    .wide {
      grid-column: 1 / -1;
    }
    pre {
      background: #f4f4f4;
      color: #1f1f1f;
      padding: 0.75rem;
      overflow: auto;
      max-height: 20rem;
      white-space: pre-wrap;
      word-break: break-all;
    }
    .problem {
      color: #8c1d18;
    }
  `;

  declare source: 'paste' | 'url';
  declare pasted: string;
  declare url: string;
  declare theme: string;
  declare lang: string;
  declare density: string;
  declare filters: string;
  declare order: string;
  declare integrity: string | undefined;
  declare copied: string | undefined;

  constructor() {
    super();
    this.source = 'paste';
    this.pasted = JSON.stringify(istanbul, null, 2);
    this.url = 'https://example.org/timelines/istanbul-2025-06-02.json';
    this.theme = '';
    this.lang = '';
    this.density = 'comfortable';
    this.filters = 'on';
    this.order = 'oldest';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void subresourceIntegrity(bundle).then((value) => (this.integrity = value));
  }

  /** The options as chosen, and the pasted data's problems if it is not a valid timeline. */
  get options(): { options: EmbedOptions; issues: readonly ParleyIssue[] } {
    const base = {
      ...(this.theme ? { theme: this.theme } : {}),
      ...(this.lang ? { lang: this.lang } : {}),
      density: this.density,
      filters: this.filters,
      order: this.order,
      scriptUrl: SCRIPT_URL,
      ...(this.integrity ? { integrity: this.integrity } : {}),
      embedBase: new URL('./', document.baseURI).href,
    };
    if (this.source === 'url') return { options: { ...base, src: this.url }, issues: [] };
    const parsed = safeParseTimelineJson(this.pasted);
    return parsed.success
      ? {
          options: { ...base, timeline: JSON.parse(this.pasted) as NonNullable<EmbedOptions['timeline']> },
          issues: [],
        }
      : { options: base, issues: parsed.error.issues };
  }

  protected override render() {
    const { options, issues } = this.options;
    const snippet = issues.length ? undefined : scriptSnippet(options);
    const frame = iframeSnippet(options);
    return html`
      <form
        @input=${this.#handleInput}
        @change=${this.#handleInput}
        @submit=${(e: Event) => e.preventDefault()}
      >
        <fieldset class="wide">
          <legend>Data</legend>
          <label
            ><input type="radio" name="source" value="paste" ?checked=${this.source === 'paste'} /> Paste
            JSON</label
          >
          <label
            ><input type="radio" name="source" value="url" ?checked=${this.source === 'url'} /> A URL</label
          >
        </fieldset>
        ${
          this.source === 'paste'
            ? html`<label class="wide"
                >Timeline JSON <textarea name="pasted" .value=${this.pasted}></textarea>
              </label>`
            : html`<label class="wide"
                >Timeline URL (http or https) <input name="url" type="url" .value=${this.url}
              /></label>`
        }
        ${this.#select('theme', 'Theme', THEMES, this.theme)}
        ${this.#select('lang', 'Language', LANGUAGES, this.lang)}
        ${this.#select(
          'density',
          'Density',
          [
            { value: 'comfortable', label: 'Comfortable' },
            { value: 'compact', label: 'Compact' },
          ],
          this.density,
        )}
        ${this.#select(
          'filters',
          "Reader's filters",
          [
            { value: 'on', label: 'Shown' },
            { value: 'off', label: 'Hidden' },
          ],
          this.filters,
        )}
        ${this.#select(
          'order',
          'Order',
          [
            { value: 'oldest', label: 'Oldest first' },
            { value: 'newest', label: 'Newest first' },
          ],
          this.order,
        )}
      </form>
      ${
        issues.length
          ? html`<ul class="problem" aria-label="Problems with the pasted JSON">
              ${issues
                .slice(0, 5)
                .map(
                  (issue) =>
                    html`<li>
                      ${issue.line === undefined ? '' : `Line ${issue.line}, column ${issue.column}: `}${issue.message}
                    </li>`,
                )}
            </ul>`
          : nothing
      }
      <h2>Preview</h2>
      <parley-timeline
        .timeline=${options.timeline}
        src=${options.timeline ? nothing : (options.src ?? nothing)}
        theme=${options.theme ?? nothing}
        lang=${options.lang ?? nothing}
        density=${options.density ?? nothing}
        filters=${options.filters ?? nothing}
        order=${options.order ?? nothing}
      ></parley-timeline>
      <h2>Snippet for the page</h2>
      ${
        snippet
          ? html`<pre data-snippet="script" tabindex="0">${snippet}</pre>
              <button type="button" @click=${() => this.#copy('script', snippet)}>Copy the snippet</button>`
          : html`<p>Fix the pasted JSON to get a snippet.</p>`
      }
      <h2>Iframe, for content systems that strip scripts</h2>
      ${
        frame
          ? html`<pre data-snippet="iframe" tabindex="0">${frame}</pre>
              <button type="button" @click=${() => this.#copy('iframe', frame)}>Copy the iframe</button>`
          : html`<p>The iframe loads the timeline from a URL: host the JSON and choose “A URL”.</p>`
      }
      <p role="status">${this.copied ? `Copied the ${this.copied}.` : ''}</p>
    `;
  }

  #select(name: string, label: string, choices: Choice[], value: string) {
    return html`<label
      >${label}
      <select name=${name}>
        ${choices.map((choice) => html`<option value=${choice.value} ?selected=${choice.value === value}>${choice.label}</option>`)}
      </select></label
    >`;
  }

  #handleInput = (event: Event): void => {
    const target = event.target as HTMLInputElement;
    if (!target.name) return;
    if (target.type === 'radio' && !target.checked) return;
    (this as unknown as Record<string, string>)[target.name] = target.value;
    this.copied = undefined;
  };

  async #copy(what: string, text: string): Promise<void> {
    await navigator.clipboard.writeText(text);
    this.copied = what === 'script' ? 'snippet' : 'iframe';
  }
}

if (!customElements.get('parley-embed-builder'))
  customElements.define('parley-embed-builder', ParleyEmbedBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'parley-embed-builder': ParleyEmbedBuilder;
  }
}
