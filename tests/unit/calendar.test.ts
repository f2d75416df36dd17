import { describe, expect, it } from 'vitest';
import {
  daysUntil,
  fillBuckets,
  todayInIndia,
  weekStartOf,
  weeksUntil,
} from '../../server/overview/calendar.ts';

describe('the home page calendar', () => {
  it("takes today's date in India, five and a half hours ahead of UTC", () => {
    expect(todayInIndia(new Date('2026-06-30T18:29:59Z'))).toBe('2026-06-30');
    expect(todayInIndia(new Date('2026-06-30T18:30:00Z'))).toBe('2026-07-01');
  });

  it('starts weeks on Monday', () => {
    expect(weekStartOf('2026-06-29')).toBe('2026-06-29'); // a Monday
    expect(weekStartOf('2026-07-05')).toBe('2026-06-29'); // the Sunday after
    expect(weekStartOf('2026-01-01')).toBe('2025-12-29'); // across a new year
  });

  it('gives twelve weeks ending with the week of the last day, oldest first', () => {
    const window = weeksUntil('2026-06-30', 12);
    expect(window.buckets).toHaveLength(12);
    expect(window.buckets[11]).toBe('2026-06-29');
    expect(window.buckets[0]).toBe('2026-04-13');
    expect(window).toMatchObject({ from: '2026-04-13', to: '2026-06-30' });
  });

  it('fills the weeks nothing was counted in with zeros', () => {
    const window = weeksUntil('2026-06-30', 3);
    const rows = [{ weekStart: '2026-06-22', complaints: 4 }];
    expect(fillBuckets(window, rows, 'weekStart', { complaints: 0 })).toEqual([
      { weekStart: '2026-06-15', complaints: 0 },
      { weekStart: '2026-06-22', complaints: 4 },
      { weekStart: '2026-06-29', complaints: 0 },
    ]);
  });

  it('counts days back from the last day', () => {
    expect(daysUntil('2026-03-01', 3)).toEqual({
      from: '2026-02-27',
      to: '2026-03-01',
      buckets: ['2026-02-27', '2026-02-28', '2026-03-01'],
    });
  });
});
