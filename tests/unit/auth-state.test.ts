import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createPasswordHasher, oneTimePassword, UNUSABLE_HASH } from '../../server/auth/passwords.ts';
import { loadPepper } from '../../server/auth/pepper.ts';

const hasher = createPasswordHasher(Buffer.from('a pepper of at least thirty-two characters'));

describe('passwords', () => {
  it('verifies the password a hash was made from, and nothing else', async () => {
    const hash = await hasher.hash('correct horse battery');
    expect(hash).toMatch(/^scrypt-hmac\$16384\$8\$1\$/);
    expect(await hasher.verify('correct horse battery', hash)).toEqual({ ok: true, needsRehash: false });
    expect((await hasher.verify('correct horse batterY', hash)).ok).toBe(false);
    expect(await hasher.hash('correct horse battery')).not.toBe(hash); // salted
    expect((await hasher.verify('', UNUSABLE_HASH)).ok).toBe(false);
    expect((await hasher.verify('x', 'plain-text')).ok).toBe(false);
  });

  it('makes a hash useless without the pepper: another pepper verifies nothing', async () => {
    const hash = await hasher.hash('correct horse battery');
    const otherServer = createPasswordHasher(Buffer.from('another pepper, just as long as the first'));
    expect((await otherServer.verify('correct horse battery', hash)).ok).toBe(false);
  });

  it('still accepts a hash made before the pepper, and asks for it to be replaced', async () => {
    const salt = Buffer.alloc(16, 7);
    const key = scryptSync('old password here'.normalize('NFKC'), salt, 64, { N: 16384, r: 8, p: 1 });
    const old = `scrypt$16384$8$1$${salt.toString('base64')}$${key.toString('base64')}`;
    expect(await hasher.verify('old password here', old)).toEqual({ ok: true, needsRehash: true });
    expect(await hasher.verify('wrong password', old)).toEqual({ ok: false, needsRehash: false });
  });

  it('makes one-time passwords of 16 unambiguous characters, different each time', () => {
    const first = oneTimePassword();
    expect(first).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{16}$/);
    expect(oneTimePassword()).not.toBe(first);
  });
});

describe('pepper', () => {
  it('is created once in the data folder, readable by its owner only, and read back the same', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ringside-pepper-'));
    const first = loadPepper(undefined, dir);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(statSync(path.join(dir, 'pepper.key')).mode & 0o777).toBe(0o600);
    expect(loadPepper(undefined, dir).equals(first)).toBe(true);
    expect(readFileSync(path.join(dir, 'pepper.key'), 'utf8').trim()).toBe(first.toString());
  });

  it('comes from RINGSIDE_PEPPER when set, and refuses a short one', () => {
    expect(loadPepper('x'.repeat(32), '/nonexistent').toString()).toBe('x'.repeat(32));
    expect(() => loadPepper('short', '/nonexistent')).toThrow(/at least 32/);
  });
});
