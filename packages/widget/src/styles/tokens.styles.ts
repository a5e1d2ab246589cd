import { css } from 'lit';

/**
 * The design tokens, in two tiers. Pages set the public `--parley-*` properties on any ancestor
 * (`:root`, `body`, the element); the card reads each once here into a private `--_*` name with
 * its default, and the rest of the styles use only the private names. Declaring the public names
 * on `:host` would override what the page sets, so they are never declared, only read.
 * Defaults come in light and dark pairs through `light-dark()`, chosen by `color-scheme`.
 */
export default css`
  :host {
    color-scheme: light;
    --_accent: var(--parley-accent, light-dark(#0b57d0, #a8c7fa));
    --_background: var(--parley-background, light-dark(#ffffff, #1b1c1f));
    --_surface: var(--parley-surface, light-dark(#f3f6fc, #262a31));
    --_text: var(--parley-text, light-dark(#1f1f1f, #e6e6e6));
    --_muted: var(--parley-muted, light-dark(#545454, #b4b4b4));
    --_border: var(--parley-border, light-dark(#d0d0d0, #44474e));
    --_error: var(--parley-error, light-dark(#b3261e, #ffb4ab));
    --_font: var(--parley-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_radius: var(--parley-radius, 0.5rem);
    --_space: 1rem;
    --_small: 0.875rem;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  :host([theme='auto']) {
    color-scheme: light dark;
  }

  :host([density='compact']) {
    --_space: 0.6rem;
    --_small: 0.8125rem;
  }
`;
