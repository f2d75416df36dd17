// Users and jurisdiction as people meet them (issue #13), in Chromium at 1366×768 against the real server
// and Neo4j: an admin adds a state officer on the Users page; the officer logs in with the one-time
// password and must choose their own; an identity outside their circles shows masked in the side panel
// and is revealed with a reason. And the admins' Imports page (issue #14) shows an import with its errors,
// which the admin's home page (issue #21) lists with the users, failed logins and audit volume.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { failedImportRecord, recordImport } from '../../server/imports/import-history.ts';
import { e2eWorldForThisFile, screenshot } from './browser.ts';

const { database, world } = e2eWorldForThisFile();

const rows = async (statement: string, params: Record<string, unknown> = {}) =>
  database.readTx(async (tx) => (await tx.run(statement, params)).records.map((r) => r.toObject()));

describe('users from the web, and a masked identity revealed', () => {
  it('lets an admin add a circle-scoped officer who sets a password and reveals an out-of-scope identity', async () => {
    // A circle, and an identity with no number in it (outside the officer's jurisdiction).
    const [pick] = await rows(
      `MATCH (i:Identity)<-[:REGISTERED_TO]-(s:SIM) WHERE i.name IS NOT NULL
       WITH s.circle AS circle, count(DISTINCT i) AS people ORDER BY people DESC LIMIT 1 RETURN circle`,
    );
    const circle = pick!.circle as string;
    const [other] = await rows(
      `MATCH (i:Identity)<-[:REGISTERED_TO]-(s:SIM) WITH i, collect(s.circle) AS circles
       WHERE NOT $circle IN circles AND i.name IS NOT NULL
       RETURN i.kycId AS kycId, i.name AS name ORDER BY kycId LIMIT 1`,
      { circle },
    );
    const outside = other as { kycId: string; name: string };

    const admin = await world.pageAs('admin');
    await admin.getByRole('button', { name: 'Users' }).click();
    await admin.getByTestId('user-dot').waitFor();
    await admin.getByRole('button', { name: 'Add user…' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Add user' });
    await dialog.getByLabel('Username').fill('state.officer');
    await dialog.getByLabel('Agency').fill('State Police, Cyber Crime Cell');
    await dialog.getByLabel('These circles:').check();
    await dialog.getByLabel(circle, { exact: true }).check();
    await screenshot(admin, 'users-add');
    await dialog.getByRole('button', { name: 'Add user' }).click();
    const oneTime = (await admin.getByTestId('one-time-password').textContent())!.trim();
    expect(oneTime).toMatch(/^\S{16}$/);
    await admin.getByRole('button', { name: 'Done' }).click();
    await expect
      .poll(() => admin.getByTestId('user-state.officer').textContent())
      .toContain('must choose a password');
    await screenshot(admin, 'users');

    const context = await world.browser.newContext({ viewport: { width: 1366, height: 768 } });
    const officer = await context.newPage();
    await officer.goto(`${world.app.baseUrl}/#/explorer`);
    await officer.getByLabel('Username').fill('state.officer');
    await officer.getByLabel('Password').fill(oneTime);
    await officer.getByRole('button', { name: 'Log in' }).click();
    await officer.getByText('choose your own to go on').waitFor();
    await officer.getByLabel('Current password').fill(oneTime);
    await officer.getByLabel(/^New password \(/).fill('officer own password 1');
    await officer.getByLabel('New password again').fill('officer own password 1');
    await officer.getByRole('button', { name: 'Set password' }).click();
    await officer.getByTestId('who').waitFor();
    expect(await officer.getByTestId('who').textContent()).toContain(circle);

    await officer.getByLabel('Search the graph').fill(outside.kycId);
    await officer.getByRole('button', { name: 'Search', exact: true }).click();
    await officer
      .getByRole('button', { name: /Identity/ })
      .first()
      .click();
    const panel = officer.getByRole('complementary', { name: 'Selected node' });
    await panel.getByText('outside your jurisdiction').waitFor();
    expect(await panel.textContent()).not.toContain(outside.name);
    await panel.getByRole('button', { name: 'Reveal…' }).click();
    const reveal = officer.getByRole('dialog', { name: 'Reveal identity' });
    await reveal.getByLabel(/^Reason/).fill('FIR 31/2026: numbers of this identity defrauded a victim here');
    await screenshot(officer, 'reveal-identity');
    await reveal.getByRole('button', { name: 'Reveal', exact: true }).click();
    await panel.getByText(outside.name).first().waitFor();
    await screenshot(officer, 'identity-revealed');

    const [event] = await rows(
      `MATCH (e:AuditEvent {action: 'identity.reveal', actor: 'state.officer'}) RETURN e.target AS target`,
    );
    expect(event!.target).toBe(`Identity:${outside.kycId}`);
    await context.close();
  });
});

describe('the import history', () => {
  it('shows an admin each import on the Imports page, with its first errors unfolded on demand', async () => {
    const attempt = {
      id: 'e2e-rejected-feed',
      source: 'inbox',
      folder: '/srv/ringside/inbox/2026-12-01-airtel',
      startedAt: new Date(Date.now() - 2_000),
      actor: 'inbox',
    } as const;
    await recordImport(database, {
      ...failedImportRecord(attempt, ''),
      result: 'rejected',
      movedTo: '/srv/ringside/inbox/rejected/2026-12-01-airtel',
      errorCount: 1,
      firstErrors: [
        {
          file: 'sims.csv',
          line: 2,
          column: 'pos_id',
          value: 'POS-XX-9999',
          reason: 'no Dealer with this key',
        },
      ],
    });

    const admin = await world.pageAs('admin');
    await admin.getByRole('button', { name: 'Imports' }).click();
    const row = admin.getByTestId('import-row').filter({ hasText: '2026-12-01-airtel' });
    await row.getByText('rejected').waitFor();
    await row.getByText('1 error').click();
    await row.getByText('sims.csv:2 pos_id "POS-XX-9999": no Dealer with this key').waitFor();
    await screenshot(admin, 'imports');
    await admin.context().close();
  });
});

describe("the admin's home page (issue #21)", () => {
  const figure = (page: Page, label: string) =>
    page.locator('a.figure', { has: page.getByText(label, { exact: true }) }).locator('strong');

  it('lands the admin on the recent imports with their result, the users, failed logins and audit volume', async () => {
    const anonymous = await world.app.as('anonymous');
    expect(
      (await anonymous.post('/api/auth/login', { username: 'admin', password: 'not the password' })).status,
    ).toBe(401);
    const { body } = await (await world.app.as('admin')).get('/api/overview');
    expect(body.system.failedLogins.count).toBeGreaterThan(0);
    const page = await world.pageAs('admin');
    await page.getByTestId('home-system').waitFor();
    expect(await page.getByRole('button', { name: 'Home' }).getAttribute('aria-current')).toBe('page');
    expect(await figure(page, 'users').textContent()).toBe(String(body.system.users.total));
    expect(await figure(page, `failed logins since ${body.system.failedLogins.since}`).textContent()).toBe(
      String(body.system.failedLogins.count),
    );
    await page
      .getByRole('list', { name: 'Failed logins' })
      .getByText('admin', { exact: false })
      .first()
      .waitFor();
    // The feed recorded above, with its result.
    const feed = page
      .getByRole('table', { name: 'Recent imports' })
      .locator('tr', { hasText: '2026-12-01-airtel' });
    expect(await feed.textContent()).toContain('rejected');
    const audit = page.getByRole('figure', { name: 'Audit events per day' });
    expect(await audit.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    await screenshot(page, 'home-admin');
    await feed.getByRole('link').click();
    await page.getByTestId('import-row').first().waitFor();
    await page.context().close();
  });
});
