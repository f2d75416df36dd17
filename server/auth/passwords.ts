// Password hashes: scrypt with a random salt per user, then an HMAC with the server's pepper (a key kept
// outside the database: RINGSIDE_PEPPER or a key file), so a hash read out of the database alone cannot
// be attacked offline. Parameters are stored with the hash so they can be raised later. Hashes made
// before the pepper (`scrypt$…`) still verify, and are replaced at the next successful login.
import { createHmac, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const PARAMETERS = { N: 16384, r: 8, p: 1 };
const KEY_LENGTH = 64;
const PEPPERED = 'scrypt-hmac';
const UNPEPPERED = 'scrypt';

function deriveKey(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export interface Verification {
  ok: boolean;
  /** The stored hash is of an older kind: store a new one made from this password. */
  needsRehash: boolean;
}

export interface PasswordHasher {
  /** `scrypt-hmac$N$r$p$salt$mac`, salt and mac in base64. */
  hash(password: string): Promise<string>;
  verify(password: string, stored: string): Promise<Verification>;
}

export function createPasswordHasher(pepper: Buffer): PasswordHasher {
  const mac = (key: Buffer) => createHmac('sha256', pepper).update(key).digest();
  return {
    async hash(password) {
      const salt = randomBytes(16);
      const key = await deriveKey(password, salt, PARAMETERS);
      const { N, r, p } = PARAMETERS;
      return [PEPPERED, N, r, p, salt.toString('base64'), mac(key).toString('base64')].join('$');
    },
    async verify(password, stored) {
      const [scheme, N, r, p, salt, expected] = stored.split('$');
      if ((scheme !== PEPPERED && scheme !== UNPEPPERED) || !salt || !expected) {
        return { ok: false, needsRehash: false };
      }
      const key = await deriveKey(password, Buffer.from(salt, 'base64'), {
        N: Number(N),
        r: Number(r),
        p: Number(p),
      });
      const actual = scheme === PEPPERED ? mac(key) : key;
      const wanted = Buffer.from(expected, 'base64');
      const ok = actual.length === wanted.length && timingSafeEqual(actual, wanted);
      return { ok, needsRehash: ok && scheme === UNPEPPERED };
    },
  };
}

/** A hash no password matches: login compares against it for unknown users, so both take as long. */
export const UNUSABLE_HASH = `${PEPPERED}$16384$8$1$${Buffer.alloc(16).toString('base64')}$${Buffer.alloc(32).toString('base64')}`;

/** A password for a new or reset account, shown once: 16 characters without look-alikes (0/O, 1/l). */
export function oneTimePassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from(randomBytes(16), (byte) => alphabet[byte % alphabet.length]).join('');
}
