// The timeline's date axis: days to pixels and back, and month ticks spaced to fit the width.
import { dateOfDay, dayOf } from './timeline-data.ts';

export interface Axis {
  first: number;
  last: number;
  left: number;
  width: number;
}

export const axisOf = (span: { from: string; to: string }, left: number, width: number): Axis => {
  const first = dayOf(span.from);
  // One day at least, and a little room so the last bar's end is visible.
  const last = Math.max(dayOf(span.to) + 1, first + 1);
  return { first, last, left, width: Math.max(1, width) };
};

export const xOfDay = (axis: Axis, day: number) =>
  axis.left + ((day - axis.first) / (axis.last - axis.first)) * axis.width;

export const dayOfX = (axis: Axis, x: number) =>
  Math.round(axis.first + ((x - axis.left) / axis.width) * (axis.last - axis.first));

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The first of each month in the span, every n-th so that labels stay ~80 px apart. */
export function monthTicks(axis: Axis): { day: number; label: string }[] {
  const [begin, end] = [dateOfDay(axis.first), dateOfDay(axis.last)];
  const months: { day: number; label: string }[] = [];
  for (let year = Number(begin.slice(0, 4)), month = Number(begin.slice(5, 7)) - 1; ; month++) {
    if (month === 12) [year, month] = [year + 1, 0];
    const date = `${year}-${String(month + 1).padStart(2, '0')}-01`;
    if (date > end) break;
    if (date >= begin) months.push({ day: dayOf(date), label: `${MONTHS[month]} ${year}` });
  }
  const every = Math.max(1, Math.ceil((months.length * 80) / axis.width));
  return months.filter((_, index) => index % every === 0);
}
