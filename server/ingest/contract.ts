// The import contract (../shared/DATA-CONTRACT.md) as data: each file's columns and the rule for each value.
// Row validation (validate-row.ts) reads these tables; nothing else knows the column names.
import {
  CIRCLES,
  OPERATORS,
  parseDate,
  parseEnum,
  parseImei,
  parseKycId,
  parseMsisdn,
  parsePosId,
  parseToken,
  type Parsed,
} from './identifiers.ts';

export interface ColumnRule {
  /** A required column must be in the header and non-empty on every row. */
  required: boolean;
  parse: (raw: string) => Parsed<unknown>;
}

export type FileName =
  | 'dealers.csv'
  | 'identities.csv'
  | 'handsets.csv'
  | 'sims.csv'
  | 'usage.csv'
  | 'complaints.csv'
  | 'reverification-outcomes.csv';

/**
 * Control characters and the bidirectional overrides have no place in a name: a NUL, or U+202E that makes
 * "Asha\u202EamreV" read "AshaVerma", would make a record look like another one.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const HIDDEN_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

const text: ColumnRule['parse'] = (raw) => {
  const value = raw.trim();
  if (value.length > 200) return { ok: false, reason: 'longer than 200 characters' };
  const hidden = HIDDEN_CHARACTERS.exec(value)?.[0];
  if (hidden)
    return {
      ok: false,
      reason: `holds the invisible character U+${hidden.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} (a control or direction override)`,
    };
  return { ok: true, value };
};
const oneOf =
  (allowed: readonly string[]): ColumnRule['parse'] =>
  (raw) =>
    parseEnum(allowed, raw);
/** ₹10,000 crore: more than any one complaint has ever claimed, and far from where sums lose precision. */
export const MAX_AMOUNT_INR = 100_000_000_000;
const amount: ColumnRule['parse'] = (raw) => {
  const value = raw.trim();
  if (!/^\d{1,12}(\.\d{1,2})?$/.test(value) || Number(value) > MAX_AMOUNT_INR)
    return {
      ok: false,
      reason: `an amount in rupees: a non-negative number with at most two decimals, at most ${MAX_AMOUNT_INR.toLocaleString('en-IN')}`,
    };
  return { ok: true, value: Number(value) };
};
/** A complaint names the few numbers that called or messaged the victim, not a directory. */
export const MAX_SUSPECT_NUMBERS = 50;
const msisdnList: ColumnRule['parse'] = (raw) => {
  const numbers: string[] = [];
  const parts = raw.split(';');
  if (parts.length > MAX_SUSPECT_NUMBERS)
    return { ok: false, reason: `${parts.length} numbers; a complaint names at most ${MAX_SUSPECT_NUMBERS}` };
  for (const part of parts) {
    const parsed = parseMsisdn(part);
    if (!parsed.ok) return { ok: false, reason: `"${part.trim()}": ${parsed.reason}` };
    numbers.push(parsed.value);
  }
  return { ok: true, value: [...new Set(numbers)] };
};

const required = (parse: ColumnRule['parse']): ColumnRule => ({ required: true, parse });
const optional = (parse: ColumnRule['parse']): ColumnRule => ({ required: false, parse });

export const DOC_TYPES = ['AADHAAR_EKYC', 'PASSPORT', 'VOTER_ID', 'DRIVING_LICENCE', 'OTHER'] as const;
export const SIM_STATUSES = ['active', 'reverification_pending', 'reverified', 'disconnected'] as const;
export const COMPLAINT_SOURCES = ['NCRP', 'CHAKSHU'] as const;
export const COMPLAINT_CATEGORIES = [
  'KYC_UPDATE', 'BANK_ACCOUNT', 'PAYMENT_WALLET', 'SIM', 'UTILITY_CONNECTION', 'IMPERSONATION',
  'SEXTORTION', 'INVESTMENT', 'LOAN', 'JOB_OFFER', 'OTHER',
] as const; // prettier-ignore
export const COMPLAINT_CHANNELS = ['CALL', 'SMS', 'WHATSAPP', 'OTHER'] as const;
/** An operator's answer for a number sent to re-verification after a block. */
export const REVERIFICATION_OUTCOMES = ['reverified', 'failed', 'no_response'] as const;

export const CONTRACT: Record<FileName, Record<string, ColumnRule>> = {
  'dealers.csv': {
    pos_id: required(parsePosId),
    name: required(text),
    operator: required(oneOf(OPERATORS)),
    circle: required(oneOf(CIRCLES)),
    registered_on: required(parseDate),
  },
  'identities.csv': {
    kyc_id: required(parseKycId),
    doc_type: required(oneOf(DOC_TYPES)),
    name: required(text),
    photo_hash: optional(text),
  },
  'handsets.csv': {
    imei: required(parseImei),
    brand: optional(text),
    model: optional(text),
  },
  'sims.csv': {
    msisdn: required(parseMsisdn),
    operator: required(oneOf(OPERATORS)),
    circle: required(oneOf(CIRCLES)),
    activated_on: required(parseDate),
    pos_id: required(parsePosId),
    kyc_id: required(parseKycId),
    status: optional(oneOf(SIM_STATUSES)),
  },
  'usage.csv': {
    msisdn: required(parseMsisdn),
    imei: required(parseImei),
    first_seen: required(parseDate),
    last_seen: required(parseDate),
  },
  'complaints.csv': {
    ack_no: required(parseToken),
    source: required(oneOf(COMPLAINT_SOURCES)),
    category: required(oneOf(COMPLAINT_CATEGORIES)),
    channel: required(oneOf(COMPLAINT_CHANNELS)),
    reported_on: required(parseDate),
    amount_inr: optional(amount),
    victim_id: required(parseToken),
    state: required(text),
    district: required(text),
    suspect_msisdns: required(msisdnList),
  },
  'reverification-outcomes.csv': {
    msisdn: required(parseMsisdn),
    operator: required(oneOf(OPERATORS)),
    outcome: required(oneOf(REVERIFICATION_OUTCOMES)),
    decided_on: required(parseDate),
  },
};
