// Unique identifiers without remembering the ones already given: each kind is a counter passed through a
// bijection (an affine map or an invertible hash), so national scale needs no set of millions of keys.
import { luhnCheckDigit } from '../server/ingest/identifiers.ts';

const MSISDN_SPACE = 4_000_000_000n; // 10-digit numbers starting 6, 7, 8 or 9
const MSISDN_MULTIPLIER = 2_654_435_761n; // odd and not a multiple of 5: coprime with the space

/** Mobile numbers in a scattered order, each given once. */
export function createMsisdnAllocator(seed: number): () => string {
  let counter = 0n;
  const offset = (BigInt(seed >>> 0) * 1_000_000_007n + 1_234_567_891n) % MSISDN_SPACE;
  return () => {
    if (counter >= MSISDN_SPACE) throw new Error('mobile number space exhausted');
    const index = (counter++ * MSISDN_MULTIPLIER + offset) % MSISDN_SPACE;
    return String(6_000_000_000n + index);
  };
}

const SERIALS_PER_TAC = 1_000_000;
const SERIAL_MULTIPLIER = 389_237; // coprime with 10^6

/** Luhn-valid IMEIs: the model's TAC, a 6-digit serial unique within the TAC, the check digit. */
export function createImeiAllocator(): (tac: string) => string {
  const issued = new Map<string, number>();
  return (tac) => {
    const count = issued.get(tac) ?? 0;
    if (count >= SERIALS_PER_TAC) throw new Error(`serial numbers of TAC ${tac} exhausted`);
    issued.set(tac, count + 1);
    const serial = String((count * SERIAL_MULTIPLIER + 271_828) % SERIALS_PER_TAC).padStart(6, '0');
    const payload = tac + serial;
    return payload + luhnCheckDigit(payload);
  };
}

/** murmur3's 32-bit finaliser: an invertible mix, so distinct inputs give distinct outputs. */
function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const hex8 = (value: number) => value.toString(16).padStart(8, '0');

/**
 * Opaque hash-like tokens (KYC ids, photo hashes, victim ids) such as `K3f9a0c12e4b1d077`: the first
 * eight hex digits are an invertible mix of a counter, hence unique; the rest only looks like a hash.
 */
export function createTokenAllocator(prefix: string, seed: number): () => string {
  let counter = 0;
  const salt = mix32(seed ^ prefix.charCodeAt(0));
  return () => {
    const unique = mix32(counter ^ salt);
    const filler = mix32(unique + salt);
    counter++;
    return prefix + hex8(unique) + hex8(filler);
  };
}

const MS_PER_DAY = 86_400_000;

/** Dates as whole days since 1970-01-01 (UTC): cheap to add and compare. */
export const dayOf = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`) / MS_PER_DAY;

const formatted = new Map<number, string>();
export function formatDay(day: number): string {
  let text = formatted.get(day);
  if (text === undefined) {
    text = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    formatted.set(day, text);
  }
  return text;
}
