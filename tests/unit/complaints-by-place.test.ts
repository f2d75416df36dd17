import { describe, expect, it } from 'vitest';
import { mergeByPlace } from '../../server/geo/complaints-by-place.ts';

describe('mergeByPlace', () => {
  const rows = [
    { state: 'Haryana', district: 'Gurgaon', complaints: 3, victims: 2, amountInr: 1000 },
    { state: 'Haryana', district: 'Gurugram', complaints: 4, victims: 4, amountInr: 500 },
    { state: 'Haryana', district: 'Mewat', complaints: 1, victims: 1, amountInr: 0 },
    { state: 'Goa', district: 'north goa', complaints: 2, victims: 2, amountInr: 10 },
    { state: 'Goa', district: 'North Goa', complaints: 2, victims: 1, amountInr: 20 },
  ];

  it('adds up the spellings of one district, most complaints first', () => {
    expect(mergeByPlace(rows, 'district')).toEqual([
      { state: 'Haryana', district: 'Gurugram', complaints: 7, victims: 6, amountInr: 1500 },
      { state: 'Goa', district: 'North Goa', complaints: 4, victims: 3, amountInr: 30 },
      { state: 'Haryana', district: 'Nuh', complaints: 1, victims: 1, amountInr: 0 },
    ]);
  });

  it('adds up a state without naming districts, keeping the totals', () => {
    const byState = mergeByPlace(rows, 'state');
    expect(byState).toEqual([
      { state: 'Haryana', complaints: 8, victims: 7, amountInr: 1500 },
      { state: 'Goa', complaints: 4, victims: 3, amountInr: 30 },
    ]);
    expect(byState.reduce((sum, place) => sum + place.complaints, 0)).toBe(12);
  });
});
