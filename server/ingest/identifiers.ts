// Identifier rules of the import contract (../shared/DATA-CONTRACT.md), as pure functions.
// Each parser returns the stored form, or a reason a person can act on.

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

/** The Luhn check digit for a string of digits (IMEIs carry it as their 15th digit). */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // Doubling starts from the rightmost digit of the payload.
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

export function parseImei(raw: string): Parsed<string> {
  const imei = raw.trim();
  if (!/^\d{15}$/.test(imei)) return fail('an IMEI is exactly 15 digits');
  // 000000000000000 passes Luhn: operators send it when the handset was not read. Such a placeholder
  // stands for no handset at all and must never become a block candidate.
  if (/^(\d)\1{14}$/.test(imei)) return fail('a placeholder IMEI (one digit repeated), not a real handset');
  const expected = luhnCheckDigit(imei.slice(0, 14));
  if (Number(imei[14]) !== expected)
    return fail(`check digit is ${imei[14]}, Luhn of the first 14 gives ${expected}`);
  return ok(imei);
}

/** The TAC (type allocation code: maker and model) is an IMEI's first 8 digits. */
export const tacOf = (imei: string): string => imei.slice(0, 8);

/** Accepts +91, 91 or 0 prefixes and spaces or dashes; stores the 10 digits. */
export function parseMsisdn(raw: string): Parsed<string> {
  const compact = raw.replace(/[\s-]/g, '');
  const digits = compact.replace(/^(\+91|91(?=\d{10}$)|0(?=\d{10}$))/, '');
  if (!/^\d{10}$/.test(digits)) return fail('a mobile number is 10 digits, optionally after +91, 91 or 0');
  if (!/^[6-9]/.test(digits)) return fail('an Indian mobile number starts with 6, 7, 8 or 9');
  return ok(digits);
}

export const OPERATORS = ['JIO', 'AIRTEL', 'VI', 'BSNL', 'MTNL'] as const;
export const CIRCLES = [
  'AP', 'AS', 'BR', 'DL', 'GJ', 'HP', 'HR', 'JK', 'KA', 'KL', 'KO',
  'MH', 'MP', 'MU', 'NE', 'OR', 'PB', 'RJ', 'TN', 'UE', 'UW', 'WB',
] as const; // prettier-ignore
/** India's states and union territories, as complaints and block requests name them. */
export const STATES_AND_UTS = [
  'Andhra Pradesh', 'Arunachal Pradesh', 'Assam', 'Bihar', 'Chhattisgarh', 'Goa', 'Gujarat', 'Haryana',
  'Himachal Pradesh', 'Jharkhand', 'Karnataka', 'Kerala', 'Madhya Pradesh', 'Maharashtra', 'Manipur',
  'Meghalaya', 'Mizoram', 'Nagaland', 'Odisha', 'Punjab', 'Rajasthan', 'Sikkim', 'Tamil Nadu', 'Telangana',
  'Tripura', 'Uttar Pradesh', 'Uttarakhand', 'West Bengal', 'Andaman and Nicobar Islands', 'Chandigarh',
  'Dadra and Nagar Haveli and Daman and Diu', 'Delhi', 'Jammu and Kashmir', 'Ladakh', 'Lakshadweep',
  'Puducherry',
] as const; // prettier-ignore
export type Operator = (typeof OPERATORS)[number];
export type Circle = (typeof CIRCLES)[number];

/** Numbers one person may hold (DoT): nine, or six in the J&K, Assam and North East service areas. */
export const SIM_LIMIT = 9;
export const BORDER_CIRCLE_SIM_LIMIT = 6;
export const BORDER_CIRCLES: readonly Circle[] = ['JK', 'AS', 'NE'];
export const circleLimit = (circle: Circle): number =>
  BORDER_CIRCLES.includes(circle) ? BORDER_CIRCLE_SIM_LIMIT : SIM_LIMIT;

export function parseEnum<T extends string>(allowed: readonly T[], raw: string): Parsed<T> {
  const value = raw.trim();
  return (allowed as readonly string[]).includes(value)
    ? ok(value as T)
    : fail(`must be one of ${allowed.join(', ')}`);
}

export function parsePosId(raw: string): Parsed<string> {
  const value = raw.trim();
  return /^[A-Za-z0-9-]{4,32}$/.test(value)
    ? ok(value)
    : fail('a POS id is 4 to 32 letters, digits or dashes');
}

export function parseKycId(raw: string): Parsed<string> {
  const value = raw.trim();
  return /^[A-Za-z0-9-]{8,64}$/.test(value)
    ? ok(value)
    : fail('a KYC id is an opaque token of 8 to 64 letters, digits or dashes');
}

/** Victim ids and complaint acknowledgement numbers: the portals' own opaque tokens. */
export function parseToken(raw: string): Parsed<string> {
  const value = raw.trim();
  return /^[A-Za-z0-9_-]{1,64}$/.test(value)
    ? ok(value)
    : fail('an opaque token of 1 to 64 letters, digits, dashes or underscores');
}

// A data set spans a few thousand distinct days over millions of rows: check each day once.
const calendarDays = new Set<string>();

/** YYYY-MM-DD that names a real calendar day. */
export function parseDate(raw: string): Parsed<string> {
  const value = raw.trim();
  if (calendarDays.has(value)) return ok(value);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return fail('a date is written YYYY-MM-DD');
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    return fail('not a calendar date');
  }
  if (calendarDays.size < 100_000) calendarDays.add(value);
  return ok(value);
}
