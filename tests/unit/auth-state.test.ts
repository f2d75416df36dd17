import { describe, expect, it } from 'vitest';
import { createLoginLimiter } from '../../server/auth/login-limiter.ts';
import { hashPassword, verifyPassword, UNUSABLE_HASH } from '../../server/auth/passwords.ts';
import { createSessionStore } from '../../server/auth/sessions.ts';

const user = { username: 'asha', role: 'dot' as const, agency: null };

describe('passwords', () => {
  it('verifies the password a hash was made from, and nothing else', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batterY', hash)).toBe(false);
    expect(await hashPassword('correct horse battery')).not.toBe(hash); // salted
    expect(await verifyPassword('', UNUSABLE_HASH)).toBe(false);
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
  });
});

describe('sessions', () => {
  it('end after the idle time, are renewed by use, and end at the maximum age regardless', () => {
    let now = 0;
    const store = createSessionStore({ idleMinutes: 10, maxHours: 1, now: () => now });
    const token = store.create(user);
    now += 9 * 60_000;
    expect(store.get(token)).toEqual(user);
    now += 9 * 60_000;
    expect(store.get(token)).toEqual(user);
    now = 60 * 60_000;
    expect(store.get(token)).toBeUndefined();

    const idle = store.create(user);
    now += 10 * 60_000;
    expect(store.get(idle)).toBeUndefined();
  });

  it('forget a destroyed token, and never accept an unknown one', () => {
    const store = createSessionStore({ idleMinutes: 10, maxHours: 1 });
    const token = store.create(user);
    store.destroy(token);
    expect(store.get(token)).toBeUndefined();
    expect(store.get('made-up')).toBeUndefined();
  });
});

describe('login limiter', () => {
  it('blocks one user from one address after the failures, per address, until the window passes', () => {
    let now = 0;
    const limiter = createLoginLimiter({ maxFailures: 2, windowMs: 60_000, now: () => now });
    limiter.recordFailure('10.0.0.1', 'asha');
    expect(limiter.retryAfterSeconds('10.0.0.1', 'asha')).toBe(0);
    now = 1000;
    limiter.recordFailure('10.0.0.1', 'ASHA');
    expect(limiter.retryAfterSeconds('10.0.0.1', 'asha')).toBe(59);
    expect(limiter.retryAfterSeconds('10.0.0.2', 'asha')).toBe(0);
    expect(limiter.retryAfterSeconds('10.0.0.1', 'ravi')).toBe(0);
    now = 59_999;
    expect(limiter.retryAfterSeconds('10.0.0.1', 'asha')).toBe(1);
    now = 60_001; // the first failure has left the window
    expect(limiter.retryAfterSeconds('10.0.0.1', 'asha')).toBe(0);
  });

  it('blocks an address that tries many usernames', () => {
    const limiter = createLoginLimiter({ maxFailures: 2, windowMs: 60_000, now: () => 0 });
    for (let i = 0; i < 20; i++) limiter.recordFailure('10.0.0.9', `user${i}`);
    expect(limiter.retryAfterSeconds('10.0.0.9', 'someone-new')).toBeGreaterThan(0);
  });
});
