import type { DatePoint } from '@parley/core';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A point as a plain ISO date at its own precision, day or coarser ("2025", "2025-06", "2025-06-02"). */
export function plainDay(point: DatePoint): string {
  let text = pad(point.year, 4);
  if (point.month !== undefined) text += `-${pad(point.month)}`;
  if (point.day !== undefined) text += `-${pad(point.day)}`;
  return text;
}
