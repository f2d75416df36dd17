// The home page's time windows, as Indian users count them: days in India's time (IST, UTC+5:30, no
// summer time) and weeks from Monday (as Neo4j's date.truncate('week') and ISO 8601 have them), the
// newest week running up to the window's last day. Days are ISO dates (YYYY-MM-DD) throughout.

const DAY_MS = 86_400_000;
const IST_OFFSET_MS = 5.5 * 3_600_000;

/** Today's date in India. */
export const todayInIndia = (now: Date = new Date()): string =>
  new Date(now.getTime() + IST_OFFSET_MS).toISOString().slice(0, 10);

const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const msOf = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The day `days` days after `day` (before, when negative). */
export const addDays = (day: string, days: number): string => toDay(msOf(day) + days * DAY_MS);

/** The Monday of the week `day` is in. */
export function weekStartOf(day: string): string {
  const weekday = (new Date(msOf(day)).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(day, -weekday);
}

export interface Window {
  /** The first day, inclusive. */
  from: string;
  /** The last day, inclusive. */
  to: string;
  /** The start of each bucket, oldest first: Mondays for weeks, every day for days. */
  buckets: string[];
}

/** `weeks` weeks ending with the week of `until` (which ends at `until`). */
export function weeksUntil(until: string, weeks: number): Window {
  const newest = weekStartOf(until);
  const buckets = Array.from({ length: weeks }, (_, i) => addDays(newest, -7 * (weeks - 1 - i)));
  return { from: buckets[0]!, to: until, buckets };
}

/** `days` days ending with `until`. */
export function daysUntil(until: string, days: number): Window {
  const buckets = Array.from({ length: days }, (_, i) => addDays(until, i - (days - 1)));
  return { from: buckets[0]!, to: until, buckets };
}

/**
 * One entry a bucket of the window, oldest first: the counted row of that bucket (`key` names its bucket
 * start) or `empty` where nothing was counted.
 */
export function fillBuckets<K extends string, T extends Record<K, string>>(
  window: Window,
  rows: readonly T[],
  key: K,
  empty: Omit<T, K>,
): T[] {
  const byBucket = new Map<string, T>(rows.map((row) => [row[key], row]));
  return window.buckets.map((bucket) => byBucket.get(bucket) ?? ({ ...empty, [key]: bucket } as T));
}
