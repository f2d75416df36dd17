// Whose address the login limits and the audit trail see: the connection's own, unless the app is told
// that a reverse proxy stands in front (RINGSIDE_TRUST_PROXY); only then is X-Forwarded-For believed.
import { afterAll, describe, expect, it } from 'vitest';
import { openTestDatabase, serveApp } from './helpers.ts';

const database = openTestDatabase();
const FORWARDED = '203.0.113.9';

afterAll(() => database.close());

/** A failed login that claims to come from FORWARDED; returns the addresses counted and audited. */
async function failedLoginThrough(trustProxy: boolean | number) {
  await database.writeTx((tx) =>
    tx.run("MATCH (t:LoginThrottle) WHERE t.key STARTS WITH 'address:' DELETE t"),
  );
  const app = await serveApp(database, { trustProxy });
  try {
    const username = `nobody-${trustProxy}`;
    const response = await fetch(`${app.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: app.baseUrl, 'x-forwarded-for': FORWARDED },
      body: JSON.stringify({ username, password: 'wrong password' }),
    });
    expect(response.status).toBe(401);
    return database.readTx(async (tx) => {
      const counted = await tx.run(
        "MATCH (t:LoginThrottle) WHERE t.key STARTS WITH 'address:' RETURN collect(t.key) AS keys",
      );
      const audited = await tx.run(
        "MATCH (e:AuditEvent {action: 'auth.login_failed', target: $target}) RETURN e.details AS details",
        { target: `User:${username}` },
      );
      return {
        counted: counted.records[0]!.get('keys') as string[],
        audited: audited.records.map((r) => JSON.parse(r.get('details') as string).address as string),
      };
    });
  } finally {
    await app.close();
  }
}

describe('the client address behind a reverse proxy', () => {
  it('ignores X-Forwarded-For by default: a client cannot pick the address it is counted under', async () => {
    const { counted, audited } = await failedLoginThrough(false);
    expect(counted).toHaveLength(1);
    expect(counted[0]).not.toContain(FORWARDED);
    expect(audited).toHaveLength(1);
    expect(audited[0]).not.toBe(FORWARDED);
  });

  it('counts and audits the address the proxy forwards when trust proxy is on', async () => {
    const { counted, audited } = await failedLoginThrough(1);
    expect(counted).toEqual([`address:${FORWARDED}`]);
    expect(audited).toEqual([FORWARDED]);
  });
});
