import { parseParleyDate, type DatePoint } from '@parley/core';

function pointText(point: DatePoint): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const parts = [pad(point.year, 4)];
  if (point.month !== undefined) parts.push(pad(point.month));
  if (point.day !== undefined) parts.push(pad(point.day));
  return parts.join('-');
}

/**
 * A value for `<time datetime>`, which takes plain dates, not EDTF: qualifiers are dropped, a time
 * keeps its instant, and an interval gives its first known end.
 */
export function htmlDatetime(date: string): string {
  const parsed = parseParleyDate(date);
  if (!parsed.ok) return date;
  const value = parsed.date;
  if (value.kind === 'point') {
    return value.precision === 'minute' || value.precision === 'second'
      ? new Date(value.start).toISOString()
      : pointText(value);
  }
  const end = typeof value.from !== 'string' ? value.from : value.to;
  return typeof end === 'string' ? date : htmlDatetime(pointText(end));
}
