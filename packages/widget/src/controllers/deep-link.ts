import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The id of an event's list item, which is also its deep link's fragment:
 * `parley-<timeline id>-<event id>`; with no event id, the prefix every one of them shares.
 */
export function eventFragment(timelineId: string, eventId = ''): string {
  return `parley-${timelineId}-${eventId}`;
}

/**
 * Deep links to one event: `#parley-<timeline id>-<event id>`. Reads the fragment when the
 * timeline arrives and on `hashchange`, and writes it with `history.replaceState` when the reader
 * opens an event, so the page neither scrolls nor gains a history entry. Fragments without the
 * card's prefix are the page's own and are left alone.
 */
export class DeepLinkController implements ReactiveController {
  readonly #prefix: () => string | undefined;
  readonly #onTarget: (eventId: string) => void;

  constructor(
    host: ReactiveControllerHost,
    prefix: () => string | undefined,
    onTarget: (eventId: string) => void,
  ) {
    this.#prefix = prefix;
    this.#onTarget = onTarget;
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('hashchange', this.check);
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.check);
  }

  /** Opens the event the page's fragment names, if it names one of this card's; says whether it did. */
  check = (): boolean => {
    const prefix = this.#prefix();
    let hash: string;
    try {
      hash = decodeURIComponent(location.hash.slice(1));
    } catch {
      return false; // A malformed fragment is the page's business.
    }
    const ours = !!prefix && hash.startsWith(prefix) && hash.length > prefix.length;
    if (ours) this.#onTarget(hash.slice(prefix.length));
    return ours;
  };

  /** Puts the event's link in the address bar, for the reader to copy or reload. */
  write(eventId: string): void {
    const prefix = this.#prefix();
    if (prefix) history.replaceState(history.state, '', `#${encodeURIComponent(prefix + eventId)}`);
  }
}
