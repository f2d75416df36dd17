import { describe, expect, it } from 'vitest';
import { csvField, csvLine } from '../../server/exports/csv.ts';

describe('csvField', () => {
  it('leaves plain values as they are and writes nothing for null', () => {
    expect(csvField('356938035643809')).toBe('356938035643809');
    expect(csvField(42)).toBe('42');
    expect(csvField(null)).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvField('Sharma, Telecom')).toBe('"Sharma, Telecom"');
    expect(csvField('the "main" shop')).toBe('"the ""main"" shop"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it.each(['=1+1', '+91 98765 43210', '-2+3', '@SUM(A1)', '\tx', '\rx'])(
    'neutralises %j so a spreadsheet shows it as text',
    (value) => {
      expect(csvField(value).replace(/^"/, '').startsWith(`'${value[0]}`)).toBe(true);
    },
  );

  it('writes a CRLF-terminated line', () => {
    expect(csvLine(['a', null, '=b'])).toBe("a,,'=b\r\n");
  });
});
