import { describe, expect, it } from 'vitest';
import {
  CIRCLES,
  OPERATORS,
  luhnCheckDigit,
  parseDate,
  parseEnum,
  parseImei,
  parseKycId,
  parseMsisdn,
  parsePosId,
  tacOf,
} from '../../server/ingest/identifiers.ts';

describe('IMEI', () => {
  it('accepts a 15-digit IMEI whose last digit is the Luhn check digit', () => {
    expect(luhnCheckDigit('49015420323751')).toBe(8);
    expect(parseImei('490154203237518')).toEqual({ ok: true, value: '490154203237518' });
    expect(parseImei('356938035643809')).toEqual({ ok: true, value: '356938035643809' });
  });

  it('rejects a wrong check digit and says which digit was expected', () => {
    const result = parseImei('490154203237519');
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('Luhn of the first 14 gives 8') });
  });

  it.each(['49015420323751', '4901542032375180', '49015420323751A', ''])(
    'rejects %j as not 15 digits',
    (raw) => {
      expect(parseImei(raw)).toMatchObject({ ok: false, reason: expect.stringContaining('15 digits') });
    },
  );

  it('takes the TAC from the first 8 digits', () => {
    expect(tacOf('490154203237518')).toBe('49015420');
  });
});

describe('mobile number', () => {
  it.each(['9876543210', '+91 98765 43210', '+919876543210', '919876543210', '09876543210', '98765-43210'])(
    'stores %j as 9876543210',
    (raw) => {
      expect(parseMsisdn(raw)).toEqual({ ok: true, value: '9876543210' });
    },
  );

  it('keeps a 10-digit number that starts with 91 as it is', () => {
    expect(parseMsisdn('9123456789')).toEqual({ ok: true, value: '9123456789' });
  });

  it('rejects a number that does not start with 6 to 9', () => {
    expect(parseMsisdn('5876543210')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('6, 7, 8 or 9'),
    });
  });

  it.each(['987654321', '98765432101', '+1 9876543210', 'nine'])('rejects %j', (raw) => {
    expect(parseMsisdn(raw).ok).toBe(false);
  });
});

describe('enums and tokens', () => {
  it('accepts the five operators and the 22 circles, and nothing else', () => {
    expect(OPERATORS.every((operator) => parseEnum(OPERATORS, operator).ok)).toBe(true);
    expect(CIRCLES).toHaveLength(22);
    expect(parseEnum(OPERATORS, 'jio')).toMatchObject({ ok: false, reason: expect.stringContaining('JIO') });
    expect(parseEnum(CIRCLES, 'XX').ok).toBe(false);
  });

  it('checks POS ids and KYC tokens by length and alphabet', () => {
    expect(parsePosId('POS-DL-0001').ok).toBe(true);
    expect(parsePosId('P1').ok).toBe(false);
    expect(parsePosId('POS DL 1').ok).toBe(false);
    expect(parseKycId('kyc-3f9a1c2b').ok).toBe(true);
    expect(parseKycId('short').ok).toBe(false);
  });

  it('accepts real calendar dates only', () => {
    expect(parseDate('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    expect(parseDate('2023-02-29').ok).toBe(false);
    expect(parseDate('29/02/2024').ok).toBe(false);
  });
});
