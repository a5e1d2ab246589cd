import { css } from 'lit';

export default css`
  :host {
    --parley-accent: #0b57d0;
    --parley-background: #ffffff;
    --parley-text: #1f1f1f;
    --parley-muted: #555555;
    --parley-border: #d0d0d0;
    --parley-error: #b3261e;
    --parley-font: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;

    display: block;
    box-sizing: border-box;
    max-width: 40rem;
    padding: 1rem 1.25rem;
    border: 1px solid var(--parley-border);
    border-radius: 0.5rem;
    background: var(--parley-background);
    color: var(--parley-text);
    font-family: var(--parley-font);
    line-height: 1.45;
  }

  :host([hidden]) {
    display: none;
  }

  h2 {
    margin: 0 0 0.25rem;
    font-size: 1.25rem;
    line-height: 1.25;
  }

  [part='summary'] {
    margin: 0 0 1rem;
    color: var(--parley-muted);
  }

  [part~='list'] {
    margin: 0;
    padding: 0;
    list-style: none;
    border-left: 2px solid var(--parley-accent);
  }

  [part~='list'] > li {
    position: relative;
    margin: 0 0 1rem;
    padding-left: 1rem;
  }

  [part~='list'] > li:last-child {
    margin-bottom: 0;
  }

  [part~='list'] > li::before {
    content: '';
    position: absolute;
    left: -0.4rem;
    top: 0.35rem;
    width: 0.6rem;
    height: 0.6rem;
    border-radius: 50%;
    background: var(--parley-accent);
  }

  time {
    display: block;
    font-size: 0.875rem;
    color: var(--parley-muted);
  }

  h3 {
    margin: 0.1rem 0 0.2rem;
    font-size: 1rem;
  }

  li p {
    margin: 0;
  }

  [part~='meta'] {
    display: flex;
    align-items: center;
    gap: 0.35rem;
    margin: 0;
    font-size: 0.875rem;
    color: var(--parley-muted);
  }

  [part~='meta'] time {
    display: inline;
  }

  [part~='icon'] {
    flex: none;
    color: var(--parley-accent);
  }

  [part~='type'] {
    font-weight: 600;
  }

  [part~='type']::after {
    content: ' ·';
  }

  [part~='place'],
  [part~='actors'],
  [part~='span'],
  [part~='venues'],
  [part~='updated'] {
    margin: 0.15rem 0 0;
    font-size: 0.875rem;
    color: var(--parley-muted);
  }

  details {
    margin-top: 0.4rem;
  }

  summary {
    cursor: pointer;
    color: var(--parley-accent);
    font-size: 0.875rem;
  }

  summary:focus-visible,
  a:focus-visible {
    outline: 2px solid var(--parley-accent);
    outline-offset: 2px;
  }

  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.15rem 0.75rem;
    margin: 0.4rem 0;
    font-size: 0.9rem;
  }

  dt {
    color: var(--parley-muted);
  }

  dd {
    margin: 0;
  }

  h4 {
    margin: 0.5rem 0 0.2rem;
    font-size: 0.9rem;
  }

  [part~='details'] ul,
  [part~='sources'] {
    margin: 0.2rem 0;
    padding-left: 1.25rem;
    font-size: 0.9rem;
  }

  [part~='details'] li,
  [part~='sources'] li {
    margin: 0.1rem 0;
    padding: 0;
  }

  blockquote {
    margin: 0.4rem 0;
    padding-left: 0.75rem;
    border-left: 3px solid var(--parley-border);
    font-style: italic;
  }

  blockquote::before {
    content: '“';
  }

  blockquote::after {
    content: '”';
  }

  figure {
    margin: 0.4rem 0;
  }

  figcaption {
    font-size: 0.875rem;
    color: var(--parley-muted);
  }

  [part~='credit'] {
    display: block;
    font-size: 0.8rem;
  }

  [part~='sources'] {
    color: var(--parley-muted);
  }

  /* Claims and opinion must never look like reported fact. */
  [part~='standing'] {
    font-weight: 600;
  }

  [part~='source'][data-kind='claim'] [part~='standing'],
  [part~='source'][data-kind='opinion'] [part~='standing'] {
    padding: 0 0.3rem;
    border: 1px dashed currentColor;
    border-radius: 0.25rem;
    font-style: italic;
  }

  a {
    color: var(--parley-accent);
  }

  [part='error'] {
    color: var(--parley-error);
  }

  [part='error'] code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, monospace;
    color: var(--parley-text);
  }
`;
