import type { EventType } from '@parley/core';

/**
 * Inline 16×16 icons, one path each, drawn by the event's own template (no icon font, no
 * request). Decorative: the type is also written out as text (the `types` of each i18n table).
 */
export const ICON_PATHS: Record<EventType, string> = {
  talks: 'M2 3h8v5H5l-3 2zM6 9h4l3 2V6h1v6l-4-2H6z',
  agreement: 'M3 8l3 3 7-7 1 1-8 8-4-4z',
  document: 'M4 1h6l3 3v11H4zM9 2v3h3M6 8h5v1H6zm0 2h5v1H6z',
  statement: 'M3 4h4v4H5l-1 3H3l1-3H3zm6 0h4v4h-2l-1 3H9l1-3H9z',
  proposal: 'M8 1a5 5 0 0 1 3 9v2H5v-2a5 5 0 0 1 3-9zM6 13h4v2H6z',
  'military-action': 'M8 1l1.5 4.5L14 4l-2.5 4L15 11l-4.5-.5L9 15l-1-4-4 2 2-4-4-2 4.5-.5z',
  sanctions: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 2a5 5 0 0 1 4 8L5 4a5 5 0 0 1 3-1zM4 5l7 7A5 5 0 0 1 4 5z',
  context: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zM7 4h2v2H7zm0 3h2v5H7z',
};
