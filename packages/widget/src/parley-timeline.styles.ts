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

  ol {
    margin: 0;
    padding: 0;
    list-style: none;
    border-left: 2px solid var(--parley-accent);
  }

  li {
    position: relative;
    margin: 0 0 1rem;
    padding-left: 1rem;
  }

  li:last-child {
    margin-bottom: 0;
  }

  li::before {
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

  [part='error'] {
    color: var(--parley-error);
  }

  [part='error'] code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, monospace;
    color: var(--parley-text);
  }
`;
