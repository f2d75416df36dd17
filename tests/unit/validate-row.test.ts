import { describe, expect, it } from 'vitest';
import { validateHeader, validateRow } from '../../server/ingest/validate-row.ts';

describe('validateHeader', () => {
  it('accepts the columns in any order and lets optional ones be absent', () => {
    expect(validateHeader('handsets.csv', ['imei'])).toEqual([]);
    expect(validateHeader('usage.csv', ['last_seen', 'first_seen', 'imei', 'msisdn'])).toEqual([]);
  });

  it('names an unknown column (a typo) and a missing required one', () => {
    const errors = validateHeader('usage.csv', ['msisdn', 'imei', 'first_seen', 'lastseen']);
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'usage.csv',
        line: 1,
        column: 'lastseen',
        reason: expect.stringContaining('unknown column'),
      }),
      expect.objectContaining({
        file: 'usage.csv',
        line: 1,
        column: 'last_seen',
        reason: expect.stringContaining('missing'),
      }),
    ]);
  });
});

describe('validateRow', () => {
  it('turns a valid SIM row into typed values, normalising the number', () => {
    const { row, errors } = validateRow('sims.csv', 2, {
      msisdn: '+91 98765 43210',
      operator: 'JIO',
      circle: 'DL',
      activated_on: '2024-01-15',
      pos_id: 'POS-DL-0001',
      kyc_id: 'kyc-3f9a1c2b',
      status: '',
    });
    expect(errors).toEqual([]);
    expect(row).toEqual({
      msisdn: '9876543210',
      operator: 'JIO',
      circle: 'DL',
      activated_on: '2024-01-15',
      pos_id: 'POS-DL-0001',
      kyc_id: 'kyc-3f9a1c2b',
    });
  });

  it('reports each bad value with file, line, column, value and reason', () => {
    const { errors } = validateRow('usage.csv', 7, {
      msisdn: '9876543210',
      imei: '490154203237519',
      first_seen: '2024-13-01',
      last_seen: '2024-02-01',
    });
    expect(errors).toEqual([
      {
        file: 'usage.csv',
        line: 7,
        column: 'imei',
        value: '490154203237519',
        reason: expect.stringContaining('check digit'),
      },
      {
        file: 'usage.csv',
        line: 7,
        column: 'first_seen',
        value: '2024-13-01',
        reason: 'not a calendar date',
      },
    ]);
  });

  it('rejects a usage period that ends before it starts', () => {
    const { errors } = validateRow('usage.csv', 3, {
      msisdn: '9876543210',
      imei: '490154203237518',
      first_seen: '2024-03-01',
      last_seen: '2024-02-01',
    });
    expect(errors).toEqual([
      expect.objectContaining({ line: 3, column: 'last_seen', reason: 'last_seen is before first_seen' }),
    ]);
  });

  it('splits suspect numbers on semicolons and names the bad one', () => {
    const base = {
      ack_no: '31412240012345',
      source: 'NCRP',
      category: 'INVESTMENT',
      channel: 'WHATSAPP',
      reported_on: '2024-05-02',
      amount_inr: '125000',
      victim_id: 'victim-0001',
      state: 'Karnataka',
      district: 'Bengaluru Urban',
    };
    const good = validateRow('complaints.csv', 2, {
      ...base,
      suspect_msisdns: '9876543210; +91 70000 00001',
    });
    expect(good.errors).toEqual([]);
    expect(good.row.suspect_msisdns).toEqual(['9876543210', '7000000001']);
    expect(good.row.amount_inr).toBe(125000);

    const bad = validateRow('complaints.csv', 9, { ...base, suspect_msisdns: '9876543210;12345' });
    expect(bad.errors).toEqual([
      expect.objectContaining({
        line: 9,
        column: 'suspect_msisdns',
        reason: expect.stringContaining('"12345"'),
      }),
    ]);
  });

  it('leaves the amount empty for a Chakshu report and rejects a negative one', () => {
    expect(validateRow('complaints.csv', 2, { amount_inr: '' }).row.amount_inr).toBeUndefined();
    const { errors } = validateRow('complaints.csv', 2, { amount_inr: '-5' });
    expect(errors.find((error) => error.column === 'amount_inr')?.reason).toMatch(/non-negative/);
  });
});
