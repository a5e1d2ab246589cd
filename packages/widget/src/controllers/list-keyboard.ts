/**
 * The keyboard of the event list, a roving-tabindex list: the arrow keys move between events
 * (from anywhere inside one, too), Home and End go to the first and last, Enter and Space open or
 * close the focused event's details, and Escape closes them and returns to the event. Focus
 * moving is what moves the tab stop (the element's focusin handler).
 *
 * @param event - A keydown inside the list.
 * @param root - Where the list's items are (the shadow root).
 * @param open - Opens an event that has no Details button to press: one still its words only
 *   (render/event-words.ts), which is full once open.
 */
export function handleListKeydown(event: KeyboardEvent, root: ParentNode, open: (id: string) => void): void {
  const item = (event.target as Element).closest<HTMLElement>('[part~="item"]');
  if (!item || event.altKey || event.ctrlKey || event.metaKey) return;
  const items = [...root.querySelectorAll<HTMLElement>('[part~="item"]')];
  const at = items.indexOf(item);
  const onItem = event.target === item;
  const moves: Record<string, number> = {
    ArrowDown: at + 1,
    ArrowUp: at - 1,
    Home: 0,
    End: items.length - 1,
  };
  const next = items[moves[event.key] ?? -1];
  const toggle = item.querySelector<HTMLButtonElement>('[part~="toggle"]');
  const expanded = toggle?.getAttribute('aria-expanded') === 'true';
  if (next && (onItem || event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
    event.preventDefault();
    next.focus();
    next.scrollIntoView({ block: 'nearest' });
  } else if (onItem && (event.key === 'Enter' || event.key === ' ')) {
    event.preventDefault();
    if (toggle) toggle.click();
    else open(item.dataset.id!);
  } else if (event.key === 'Escape') {
    if (expanded) toggle!.click();
    item.focus();
  }
}
