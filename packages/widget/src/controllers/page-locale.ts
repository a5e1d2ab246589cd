import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onLocaleAdded } from '../i18n/locales.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Cards on the page, re-rendered when a `lang` attribute changes anywhere in the document. */
const hosts = new Set<Host>();
let observer: MutationObserver | undefined;

function observe(host: Host): void {
  observer ??= new MutationObserver(() => {
    for (const each of hosts) each.requestUpdate();
  });
  const options = { attributes: true, attributeFilter: ['lang'], subtree: true };
  observer.observe(document.documentElement, options);
  // A card inside another component's shadow root is outside the document's subtree.
  observer.observe(host, options);
}

/** The `lang` of an element, else of its nearest ancestor (crossing shadow roots); undefined if none. */
export function nearestLang(element: HTMLElement): string | undefined {
  // Duck-typed rather than `instanceof Element`: Lit SSR's DOM shim has no Element or ShadowRoot.
  type Step = { hasAttribute?(name: string): boolean; getAttribute?(name: string): string | null };
  type Walk = Step & { parentNode?: Walk | null; host?: Walk };
  let node: Walk | null | undefined = element as Walk;
  while (node) {
    if (node.hasAttribute?.('lang')) return node.getAttribute!('lang') ?? undefined;
    node = node.parentNode ?? node.host;
  }
  return undefined;
}

/**
 * The language of the page around a card: its own `lang`, else the nearest ancestor's (crossing
 * shadow roots), else the document's. Re-renders the card when any of them, or the set of
 * translations, changes. Observers are made on connect, so the element imports in Node.
 */
export class PageLocaleController implements ReactiveController {
  readonly #host: Host;
  #stopListening: (() => void) | undefined;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** The nearest `lang`, or undefined where the page sets none. */
  get lang(): string | undefined {
    return nearestLang(this.#host);
  }

  hostConnected(): void {
    hosts.add(this.#host);
    observe(this.#host);
    this.#stopListening = onLocaleAdded(() => this.#host.requestUpdate());
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
    this.#stopListening?.();
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }
}
