import { css } from 'lit';
import tokens from './styles/tokens.styles.js';

const layout = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-inline-size: 75rem;
    container-type: inline-size;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font-family: var(--_font);
    line-height: 1.45;
  }

  :host([hidden]) {
    display: none;
  }

  .card {
    padding: var(--_space) calc(var(--_space) * 1.25);
    overflow-wrap: anywhere;
  }

  [role='heading'] {
    font-weight: 700;
    line-height: 1.25;
  }

  p,
  ul,
  ol,
  dl,
  figure,
  blockquote {
    margin: 0;
  }

  [part~='title'] {
    font-size: 1.375rem;
  }

  [part~='facts'],
  [part~='updated'],
  [part~='meta'],
  [part~='place'],
  [part~='actors'],
  [part~='inexact'],
  .covers,
  figcaption {
    font-size: var(--_small);
    color: var(--_muted);
  }

  [part~='facts'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
    margin-block: 0.25rem;
  }

  [part~='facts'] > * + *::before {
    content: '·';
    margin-inline-end: 0.75rem;
  }

  [part~='summary'] {
    margin-block: 0.5rem;
  }

  /* At a glance: the reader's summary, set apart from the running list. */
  [part~='glance'] {
    margin-block: var(--_space);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .glance-title {
    font-size: 1rem;
    margin-block-end: 0.35rem;
  }

  [part~='glance-heading'] {
    font-size: var(--_small);
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
    margin-block-start: 0.5rem;
  }

  [part~='glance'] ul {
    padding-inline-start: 1.1rem;
  }

  .glance-more {
    list-style: none;
    color: var(--_muted);
    font-size: var(--_small);
  }

  /* The reader's controls: chips that toggle, a find box, a few plain buttons. */
  [part~='controls'] {
    display: grid;
    gap: 0.4rem;
    margin-block: var(--_space) 0;
    font-size: var(--_small);
  }

  .chips,
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35rem;
  }

  .chips-label {
    color: var(--_muted);
  }

  button,
  input {
    font: inherit;
    color: inherit;
  }

  button {
    padding: 0.2rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: 1rem;
    background: var(--_background);
    cursor: pointer;
  }

  [part~='chip'][aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_background);
  }

  .find {
    display: flex;
    align-items: center;
    gap: 0.35rem;
    flex: 1 1 12rem;
  }

  input {
    flex: 1;
    min-inline-size: 0;
    padding: 0.2rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 0.25rem;
    background: var(--_background);
  }

  button:focus-visible,
  input:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  [part~='result'],
  [part~='refresh'] {
    color: var(--_muted);
  }

  [part~='refresh']:empty {
    display: none;
  }

  /* "New", "Updated": words, not colour alone, so they survive forced colours and print. */
  [part~='mark'] {
    padding: 0 0.3em;
    border: 1px solid var(--_accent);
    border-radius: 0.25em;
    color: var(--_accent);
    font-size: 0.8em;
    font-weight: 600;
  }

  /* A long list lets the browser skip the layout of off-screen blocks of days until they are
     scrolled near (render/day-blocks.ts); they stay in the page for find-in-page, and the intrinsic
     size keeps the scrollbar honest. */
  .long > .block {
    content-visibility: auto;
    contain-intrinsic-size: auto 200rem;
  }

  [part~='events'] {
    list-style: none;
    padding: 0;
  }

  [part~='day'] {
    margin-block-start: var(--_space);
  }

  [part~='day-heading'] {
    font-size: 1rem;
    margin-block-end: 0.4rem;
    padding-block-end: 0.2rem;
    border-block-end: 1px solid var(--_border);
  }

  [part~='inexact'] {
    font-weight: 400;
  }

  [part~='events'] {
    border-inline-start: 2px solid var(--_accent);
  }

  [part~='item'] {
    position: relative;
    padding-block: 0.15rem calc(var(--_space) * 0.9);
    padding-inline: var(--_space) 0;
    outline-offset: 2px;
  }

  [part~='item']::before {
    content: '';
    position: absolute;
    inset-inline-start: -0.4rem;
    inset-block-start: 0.4rem;
    inline-size: 0.6rem;
    block-size: 0.6rem;
    border-radius: 50%;
    background: var(--_accent);
  }

  /* Rounds of talks are what the card is about; strikes and sanctions are context. */
  .main {
    margin-block-end: calc(var(--_space) * 0.6);
    padding-block: calc(var(--_space) * 0.6);
    padding-inline-end: calc(var(--_space) * 0.75);
    background: var(--_surface);
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
  }

  .main::before {
    inset-inline-start: -0.55rem;
    inline-size: 0.9rem;
    block-size: 0.9rem;
    inset-block-start: 0.75rem;
  }

  .main [part~='event-title'] {
    font-size: 1.125rem;
  }

  .secondary {
    color: var(--_muted);
  }

  .secondary::before {
    background: var(--_background);
    border: 2px solid var(--_muted);
    box-sizing: border-box;
  }

  .secondary [part~='event-title'] {
    font-weight: 600;
  }

  [part~='meta'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35rem;
  }

  [part~='icon'] {
    flex: none;
    color: var(--_accent);
  }

  [part~='type'] {
    font-weight: 600;
  }

  [part~='event-title'] {
    margin-block: 0.1rem 0.2rem;
    font-size: 1rem;
  }

  [part~='markers'] {
    font-size: 0.75em;
    color: var(--_muted);
    white-space: nowrap;
  }

  .marker {
    font-weight: 400;
  }

  [part~='image'] {
    margin-block: 0.5rem;
  }

  img {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    border-radius: calc(var(--_radius) / 2);
  }

  [part~='credit'] {
    display: block;
    font-size: 0.8em;
  }

  /* A plain button, not <details>: a closed <details> builds a user-agent shadow tree, and a long
     timeline has one per event (see docs/benchmarks.md). The triangle says it opens. */
  [part~='toggle'] {
    display: block;
    margin-block-start: 0.4rem;
    padding: 0;
    border: none;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-size: var(--_small);
    cursor: pointer;
  }

  /* A triangle drawn with borders: no text to join the button's name, and it points the other
     way in right-to-left text by itself. */
  [part~='toggle']::before {
    display: inline-block;
    margin-inline-end: 0.4em;
    border-block: 0.3em solid transparent;
    border-inline-start: 0.45em solid currentColor;
    content: '';
  }

  [part~='toggle'][aria-expanded='true']::before {
    transform: rotate(90deg);
  }

  [part~='toggle'][aria-expanded='true']:dir(rtl)::before {
    transform: rotate(-90deg);
  }

  a {
    color: var(--_accent);
  }

  [part~='toggle']:focus-visible,
  a:focus-visible,
  [part~='item']:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.15rem 0.75rem;
    margin-block: 0.4rem;
    font-size: 0.9rem;
  }

  dt {
    color: var(--_muted);
  }

  dd {
    margin: 0;
  }

  .subheading {
    margin-block: 0.5rem 0.2rem;
    font-size: 0.9rem;
  }

  [part~='details'] ul,
  [part~='sources'] {
    padding-inline-start: 1.25rem;
    font-size: 0.9rem;
  }

  blockquote {
    margin-block: 0.4rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_border);
    font-style: italic;
  }

  blockquote::before {
    content: open-quote;
  }

  blockquote::after {
    content: close-quote;
  }

  [part~='sources'] {
    margin-block-start: 0.4rem;
    color: var(--_muted);
  }

  /* Claims and opinion must never look like reported fact. */
  [part~='standing'] {
    font-weight: 600;
  }

  [data-kind='claim'] [part~='standing'],
  [data-kind='opinion'] [part~='standing'] {
    padding: 0 0.3rem;
    border: 1px dashed currentColor;
    border-radius: 0.25rem;
    font-style: italic;
  }

  [part~='error'] .error-title {
    color: var(--_error);
    font-size: 1.125rem;
  }

  [part~='error'] ul {
    margin-block: 0.4rem;
    padding-inline-start: 1.25rem;
  }

  code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, monospace;
  }

  [part~='loading'],
  [part~='empty'] {
    color: var(--_muted);
    padding-block: 0.5rem;
  }

  /* A wide embed: day headings move beside their events, as in a printed chronology. */
  @container (min-width: 42rem) {
    [part~='day'] {
      display: grid;
      grid-template-columns: 11rem 1fr;
      gap: 0 1.25rem;
    }

    [part~='day-heading'] {
      border: none;
      font-size: 0.95rem;
      text-align: end;
    }

    [part~='glance'] {
      columns: 2 16rem;
      column-gap: 2rem;
    }

    .glance-title {
      column-span: all;
    }

    .glance-section {
      break-inside: avoid;
    }
  }

  /* A phone column: every pixel goes to the text. */
  @container (max-width: 22rem) {
    .card {
      padding-inline: calc(var(--_space) * 0.75);
    }

    [part~='title'] {
      font-size: 1.2rem;
    }

    /* One fact per line, without separators that would start a line. */
    [part~='facts'] {
      flex-direction: column;
    }

    [part~='facts'] > * + *::before {
      content: none;
    }

    dl {
      grid-template-columns: 1fr;
    }

    dd {
      margin-block-end: 0.25rem;
    }
  }

  @media (forced-colors: active) {
    [part~='item']::before,
    .main::before {
      background: CanvasText;
      forced-color-adjust: none;
    }

    [part~='events'] {
      border-color: CanvasText;
    }

    [part~='glance'],
    .main {
      border: 1px solid CanvasText;
    }

    [part~='chip'][aria-pressed='true'] {
      border-width: 3px;
    }
  }

  @media print {
    :host {
      border: none;
      color: #000;
      background: #fff;
      color-scheme: light;
    }

    [part~='toggle'] {
      display: none;
    }

    /* Every event's details print: while printing, closed ones are rendered hidden on screen. */
    [part~='details'][hidden] {
      display: block;
    }

    a[href^='http']::after {
      content: ' <' attr(href) '>';
      font-size: 0.8em;
      overflow-wrap: anywhere;
    }

    [part~='item'] {
      break-inside: avoid;
    }

    [part~='controls'] {
      display: none;
    }

    .long > .block {
      content-visibility: visible;
    }
  }
`;

export default [tokens, layout];
