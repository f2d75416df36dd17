// Alerts and cases in Chromium (issue #16), against the real server and Neo4j at 1366×768: investigator A
// opens an alert, assigns it to a new case, expands its evidence, pins a node, saves the canvas as a view
// and requests the handset's block from the case, writes a note and adds analyst B; B opens the view's
// link and finds the same nodes at the same positions, and A's note on the case page; a third
// investigator, not a member, finds no case at all.
// Also the triage of the queue (dismiss with a reason, snooze, the header's badge). What is drawn is read
// from `window.cy`. The README's pictures of the alert queue and the case page (docs/alerts.png,
// docs/case.png) are copies of this file's test-artifacts/e2e/alerts.png and case.png.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runAlertRules } from '../../server/alerts/run-alert-rules.ts';
import { TEST_PASSWORD, testUsers } from '../integration/helpers.ts';
import { e2eWorldForThisFile, screenshot } from './browser.ts';

const { database, world } = e2eWorldForThisFile();
const THIRD = 'third-investigator';

beforeAll(async () => {
  await runAlertRules(database);
  await testUsers(database).save(
    { username: THIRD, password: TEST_PASSWORD, role: 'investigator', agency: 'Test investigator' },
    { username: 'test-setup', role: 'system' },
  );
}, 120_000);

interface Alert {
  id: string;
  rule: string;
  subject: string;
  score: number;
  evidence: { nodes: string[] };
}

const newAlerts = async (): Promise<Alert[]> =>
  (await (await world.app.as('investigator')).get('/api/alerts?status=new')).body.alerts;

/**
 * Where each node and unopened group is drawn, in the canvas's own coordinates (independent of zoom and
 * pan): what a view keeps, not the "+N more" placeholders nor opened groups (their members are nodes of
 * the view). An alert's subject may have more neighbours than a page: its expand then draws groups.
 */
const drawnPositions = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      window
        .cy!.nodes('[label != "More"]')
        .filter((node) => node.data('label') !== 'Group' || (!node.isParent() && !node.data('collapsed')))
        .nodes()
        .map((node) => [node.id(), { ...node.position() }] as const),
    ),
  );

/** The groups drawn, by id: their labels (kind, value and count). */
const drawnGroupLabels = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      window
        .cy!.nodes('[label = "Group"]')
        .map((node) => [node.id(), node.style('label') as string] as const),
    ),
  );

const waitForNode = (page: Page, id: string) =>
  page.waitForFunction((id) => window.cy?.getElementById(id).nonempty() ?? false, id, { timeout: 20_000 });

const nodeCount = (page: Page) => page.evaluate(() => window.cy?.nodes().length ?? 0);

describe('an alert becomes a shared case', () => {
  it('takes an alert to a case with a saved view, a note and a member; only members find it', async () => {
    const [alert] = await newAlerts();
    expect(alert).toBeDefined();
    const a = await world.pageAs('investigator');

    // The header counts the new alerts; the queue is sorted by score.
    await a.getByTestId('alerts-badge').waitFor();
    await a.getByRole('button', { name: /^Alerts/ }).click();
    const card = a.getByRole('article', { name: `Alert ${alert!.id}` });
    await card.waitFor();
    const scores = await a.locator('.alert-card .score').allTextContents();
    expect(scores.map(Number)).toEqual([...scores.map(Number)].sort((x, y) => y - x));
    await card.getByRole('button', { name: /^Evidence/ }).click();
    await card.getByTestId('canvas').waitFor();
    await card.getByText('Loading the evidence…').waitFor({ state: 'detached' });
    await a.waitForTimeout(300);
    await screenshot(a, 'alerts');

    await card.getByRole('button', { name: 'Assign to a new case' }).click();
    await card.getByLabel('Case title').fill('Farm handset raised by the rules');
    await card.getByLabel('FIR or complaint number').fill('FIR 16/2026');
    await card.getByRole('button', { name: 'Open the case' }).click();
    const notice = a.getByTestId('alert-notice');
    const caseId = /CASE-\d{8}-[0-9A-F]{8}/.exec((await notice.textContent()) ?? '')?.[0];
    expect(caseId).toBeDefined();
    await expect.poll(() => card.count()).toBe(0); // no longer new: out of the queue

    // The evidence on the canvas, the subject expanded, pinned, and the canvas saved to the case.
    await notice.getByRole('link', { name: 'Open its evidence in the Explorer' }).click();
    await waitForNode(a, alert!.subject);
    const before = await nodeCount(a);
    await a.evaluate((id) => {
      window.cy!.nodes().unselect();
      window.cy!.getElementById(id).select();
    }, alert!.subject);
    await a.getByRole('button', { name: 'Expand selected' }).click();
    await expect.poll(() => nodeCount(a), { timeout: 20_000 }).toBeGreaterThan(before);

    await a.getByRole('button', { name: 'Pin to case' }).click();
    const pin = a.getByRole('dialog', { name: 'Pin to case' });
    await pin.getByLabel('Case').selectOption(caseId!);
    await pin.getByLabel('Why it matters').fill('The handset the rule raised: its numbers were reported.');
    await pin.getByRole('button', { name: 'Pin', exact: true }).click();
    await a.getByText(`pinned to case ${caseId}`).waitFor();

    await a.getByRole('button', { name: 'Save view to case' }).click();
    const save = a.getByRole('dialog', { name: 'Save view to case' });
    await save.getByLabel('Case').selectOption(caseId!);
    await save.getByLabel('Name of the view').fill('The handset and its numbers');
    await save.getByRole('button', { name: 'Save view' }).click();
    const viewLink = a.getByRole('link', { name: 'link to the view' });
    const href = (await viewLink.getAttribute('href'))!;
    expect(href).toMatch(new RegExp(`^#/cases/${caseId}/views/VIEW-[0-9A-F]{12}$`));
    const saved = await drawnPositions(a);
    expect(Object.keys(saved)).toContain(alert!.subject);

    // A block of the handset, raised from the case: its FIR number goes with it.
    await a.getByRole('button', { name: 'Request block (1)' }).click();
    const request = a.getByRole('dialog', { name: 'Request block' });
    await request.getByLabel('Raised from case').selectOption(caseId!);
    await expect
      .poll(() => request.getByLabel('Case reference (FIR or complaint number)').inputValue())
      .toBe('FIR 16/2026');
    await request.getByLabel('Reason').fill('Farm handset: its numbers dropped within months, six reported.');
    await request.getByLabel('State').selectOption('Haryana');
    await request.getByRole('button', { name: 'Send request' }).click();
    await a.getByText(/Block request BR-\S+ sent for review/).waitFor();

    // The case page: a note and a member.
    await a.goto(`${world.app.baseUrl}/#/cases/${caseId}`);
    await a.getByRole('heading', { name: /Farm handset raised by the rules/ }).waitFor();
    const note = 'Numbers of this handset reported within days of activation; asked the operator for CDRs.';
    await a.getByLabel('New note').fill(note);
    await a.getByRole('button', { name: 'Add note' }).click();
    await a.getByText(note).waitFor();
    await a.getByLabel('Add member').fill('analyst');
    await a.getByRole('button', { name: 'Add', exact: true }).click();
    await a.getByLabel('Members').getByText('analyst').waitFor();
    await a.getByLabel('Saved views').getByRole('link', { name: 'The handset and its numbers' }).waitFor();
    await a
      .getByLabel('Pinned evidence')
      .getByText(/The handset the rule raised/)
      .waitFor();
    await a.getByLabel('Timeline').getByText('added a member').waitFor();
    await a.getByLabel('Requests and flags').getByText('pending').waitFor();
    await screenshot(a, 'case');

    // B opens the view's link: the same nodes at the same positions.
    const b = await world.pageAs('analyst');
    await b.goto(`${world.app.baseUrl}/${href}`);
    await b.getByTestId('case-view-notice').waitFor();
    // A whole suite on two cores can take longer than the default poll to draw the view.
    await expect.poll(() => nodeCount(b), { timeout: 20_000 }).toBe(Object.keys(saved).length);
    expect(await drawnPositions(b)).toEqual(saved);
    await screenshot(b, 'case-view');
    await b.goto(`${world.app.baseUrl}/#/cases/${caseId}`);
    const notes = b.getByLabel('Notes');
    await notes.getByText(note).waitFor();
    expect(await notes.locator('.note-meta').first().textContent()).toContain('investigator');

    // A third investigator, not a member: no such case, by its link or its view's.
    const third = await world.pageAs(THIRD);
    await third.goto(`${world.app.baseUrl}/#/cases/${caseId}`);
    await third.getByRole('heading', { name: 'Case not found' }).waitFor();
    await third.goto(`${world.app.baseUrl}/${href}`);
    await third.getByText('Case not found.').waitFor();
    expect(await nodeCount(third)).toBe(0);
    for (const page of [a, b, third]) await page.context().close();
  }, 120_000);

  it("keeps a rogue dealer's groups in a view, which a colleague opens where they were, with their counts", async () => {
    const api = await world.app.as('investigator');
    const created = await api.post('/api/cases', { title: 'The rogue shop' });
    await api.post(`/api/cases/${created.body.id}/members`, { username: 'analyst' });
    const posId = await database.readTx(async (tx) => {
      const result = await tx.run(
        `MATCH (d:Dealer)<-[r:ISSUED_BY]-() WITH d, count(r) AS sims
         RETURN d.posId AS posId ORDER BY sims DESC, posId LIMIT 1`,
      );
      return result.records[0]!.get('posId') as string;
    });
    const a = await world.pageAs('investigator', `#/explorer?add=${encodeURIComponent(`Dealer:${posId}`)}`);
    await waitForNode(a, `Dealer:${posId}`);
    await a.getByRole('button', { name: 'Expand selected' }).click();
    await a.waitForFunction(() => window.cy!.nodes('[label = "Group"]').nonempty(), null, {
      timeout: 20_000,
    });
    const groups = await drawnGroupLabels(a);
    const drawn = await drawnPositions(a);
    expect(Object.keys(drawn)).toHaveLength(1 + Object.keys(groups).length);

    await a.getByRole('button', { name: 'Save view to case' }).click();
    const save = a.getByRole('dialog', { name: 'Save view to case' });
    await save
      .getByRole('heading', {
        name: `Save the canvas (1 node, ${Object.keys(groups).length} groups) to a case`,
      })
      .waitFor();
    await save.getByLabel('Case').selectOption(created.body.id);
    await save.getByLabel('Name of the view').fill('The shop by month of sale');
    await save.getByRole('button', { name: 'Save view' }).click();
    const href = (await a.getByRole('link', { name: 'link to the view' }).getAttribute('href'))!;

    const b = await world.pageAs('analyst');
    await b.goto(`${world.app.baseUrl}/${href}`);
    await expect
      .poll(() => b.getByTestId('case-view-notice').textContent())
      .toContain(`1 node and ${Object.keys(groups).length} groups`);
    await expect.poll(() => nodeCount(b), { timeout: 20_000 }).toBe(Object.keys(drawn).length);
    expect(await drawnPositions(b)).toEqual(drawn);
    expect(await drawnGroupLabels(b)).toEqual(groups);
    await screenshot(b, 'case-view-groups');
    for (const page of [a, b]) await page.context().close();
  });

  it('lists the nodes of a view that the graph no longer holds, and still draws the others', async () => {
    const alerts = await newAlerts();
    const api = await world.app.as('investigator');
    const created = await api.post('/api/cases', { title: 'A view with a gone node' });
    await database.writeTx((tx) => tx.run("MERGE (:Victim {victimId: 'V-E2E-GONE', district: 'Gurugram'})"));
    const view = await api.post(`/api/cases/${created.body.id}/views`, {
      name: 'Before the correction',
      nodes: [
        { id: alerts[0]!.subject, x: 12.5, y: -40.25 },
        { id: 'Victim:V-E2E-GONE', x: 100, y: 100 },
      ],
    });
    await database.writeTx((tx) => tx.run("MATCH (v:Victim {victimId: 'V-E2E-GONE'}) DETACH DELETE v"));
    const page = await world.pageAs('investigator');
    await page.goto(`${world.app.baseUrl}/#/cases/${created.body.id}/views/${view.body.id}`);
    await expect.poll(() => page.getByTestId('view-missing').textContent()).toContain('Victim:V-E2E-GONE');
    expect(await drawnPositions(page)).toEqual({ [alerts[0]!.subject]: { x: 12.5, y: -40.25 } });
    await page.context().close();
  });

  it('corrects a note with a new one, and keeps the old one marked as superseded', async () => {
    const api = await world.app.as('investigator');
    const created = await api.post('/api/cases', { title: 'A note corrected', caseRef: 'FIR 17/2026' });
    await api.post(`/api/cases/${created.body.id}/notes`, { text: 'Seen at the Sector 14 shop.' });
    const page = await world.pageAs('investigator');
    await page.goto(`${world.app.baseUrl}/#/cases/${created.body.id}`);
    const notes = page.getByLabel('Notes');
    await notes.getByRole('button', { name: 'Correct' }).click();
    await notes.getByLabel(/Correction of investigator’s note/).fill('Seen at the Sector 15 shop.');
    await notes.getByRole('button', { name: 'Add correction' }).click();
    await notes.getByText('Seen at the Sector 15 shop.').waitFor();
    const old = notes.locator('.note', { hasText: 'Seen at the Sector 14 shop.' });
    await expect.poll(() => old.getAttribute('class')).toContain('superseded');
    expect(await old.textContent()).toContain('superseded by a correction');
    // Only the latest of a chain is corrected.
    await expect.poll(() => notes.getByRole('button', { name: 'Correct' }).count()).toBe(1);
    await page.context().close();
  });

  it("changes a case's title and reference from its page, seen on the page and in My cases", async () => {
    const api = await world.app.as('investigator');
    const created = await api.post('/api/cases', { title: 'Sector 14 shop', caseRef: 'FIR 18/2026' });
    const page = await world.pageAs('investigator');
    await page.goto(`${world.app.baseUrl}/#/cases/${created.body.id}`);
    await page.getByRole('heading', { name: /Sector 14 shop/ }).waitFor();

    // A title of spaces passes the browser's "required" but not the server: its message is shown.
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const form = page.getByRole('form', { name: 'Edit the case' });
    await form.getByLabel('Title').fill('   ');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByRole('alert').getByText('a case needs a title').waitFor();

    await form.getByLabel('Title').fill('Sector 14 and 15 shops');
    await form.getByLabel('FIR or complaint number').fill('FIR 18/2026 and 19/2026');
    await form.getByLabel('Description').fill('Two shops of one dealer, selling to the same identities.');
    await screenshot(page, 'case-edit');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: /Sector 14 and 15 shops/ }).waitFor();
    await page.getByText('FIR 18/2026 and 19/2026', { exact: true }).waitFor();
    await page.getByText('Two shops of one dealer, selling to the same identities.').waitFor();
    expect(await form.count()).toBe(0);
    // The timeline names what changed: old and new title and number, and that the description did.
    const edit = page.getByLabel('Timeline').getByRole('listitem').filter({ hasText: 'changed the case' });
    await edit.waitFor();
    expect(await edit.textContent()).toContain(
      'title “Sector 14 shop” → “Sector 14 and 15 shops”; FIR or complaint number “FIR 18/2026” → ' +
        '“FIR 18/2026 and 19/2026”; description',
    );

    // Cancel leaves the case as it was.
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await form.getByLabel('FIR or complaint number').fill('');
    await form.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('FIR 18/2026 and 19/2026', { exact: true }).waitFor();

    await page.getByRole('link', { name: '← My cases' }).click();
    const row = page.getByRole('row', { name: /Sector 14 and 15 shops/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('FIR 18/2026 and 19/2026');
    expect(await page.getByRole('link', { name: 'Sector 14 shop', exact: true }).count()).toBe(0);

    // A closed case changes only by being reopened (the server answers 409): no Edit.
    await api.patch(`/api/cases/${created.body.id}`, { status: 'closed' });
    await page.goto(`${world.app.baseUrl}/#/cases/${created.body.id}`);
    await page.getByRole('button', { name: 'Reopen the case' }).waitFor();
    expect(await page.getByRole('button', { name: 'Edit', exact: true }).count()).toBe(0);
    await page.context().close();
  });

  it('removes a pinned node after asking once more, and the timeline records it', async () => {
    const [{ msisdn }] = (await database.readTx(async (tx) =>
      (await tx.run('MATCH (s:SIM) RETURN s.msisdn AS msisdn ORDER BY s.msisdn LIMIT 1')).records.map(
        (record) => record.toObject(),
      ),
    )) as [{ msisdn: string }];
    const sim = `SIM:${msisdn}`;
    const api = await world.app.as('investigator');
    const created = await api.post('/api/cases', { title: 'A number pinned by mistake' });
    const pinned = await api.post(`/api/cases/${created.body.id}/pins`, {
      id: sim,
      comment: 'Wrong number.',
    });
    expect(pinned.status).toBe(201);
    const page = await world.pageAs('investigator');
    await page.goto(`${world.app.baseUrl}/#/cases/${created.body.id}`);
    const pins = page.getByLabel('Pinned evidence');
    await pins.getByText('Wrong number.').waitFor();

    // Kept when the officer thinks again.
    await pins.getByRole('button', { name: `Remove ${sim} from the case` }).click();
    await pins.getByRole('button', { name: 'Keep' }).click();
    await pins.getByRole('button', { name: `Remove ${sim} from the case` }).click();
    await pins.getByRole('button', { name: 'Yes, remove' }).click();
    await pins.getByText('Nothing pinned').waitFor();
    await page.getByLabel('Timeline').getByText('unpinned evidence').waitFor();
    expect(await page.getByLabel('Timeline').textContent()).toContain(sim);
    expect((await api.get(`/api/cases/${created.body.id}`)).body.pins).toEqual([]);
    await screenshot(page, 'case-pin-removed');
    await page.context().close();
  });

  it('dismisses an alert with a reason and snoozes another; the badge counts what is still new', async () => {
    const [first, second] = await newAlerts();
    const page = await world.pageAs('investigator');
    const badge = async () => Number((await page.getByTestId('alerts-badge').textContent()) ?? 0);
    await page.getByRole('button', { name: /^Alerts/ }).click();
    const count = await badge();

    const dismissed = page.getByRole('article', { name: `Alert ${first!.id}` });
    await dismissed.getByRole('button', { name: 'Dismiss', exact: true }).click();
    await dismissed.getByLabel('Why dismiss it').fill('A repair shop handset, checked with the dealer.');
    await dismissed.getByRole('button', { name: 'Dismiss the alert' }).click();
    await page.getByText(`Alert ${first!.id} dismissed.`).waitFor();

    const snoozed = page.getByRole('article', { name: `Alert ${second!.id}` });
    await snoozed.getByRole('button', { name: 'Snooze', exact: true }).click();
    await snoozed.getByRole('button', { name: 'Snooze the alert' }).click();
    await page.getByText(new RegExp(`Alert ${second!.id} snoozed until \\d{4}-\\d\\d-\\d\\d`)).waitFor();
    await expect.poll(badge).toBe(count - 2);

    await page.getByLabel('Status').selectOption('dismissed');
    await page
      .getByRole('article', { name: `Alert ${first!.id}` })
      .getByText(/dismissed: A repair shop/)
      .waitFor();
    await screenshot(page, 'alerts-dismissed');
    await page.context().close();
  });
  it('shows the queue past its first 100 alerts with Show more, keeping the filter, without repeats', async () => {
    const api = await world.app.as('investigator');
    const first = (await api.get('/api/alerts?status=new&rule=high-risk-handset')).body;
    expect(first.next).not.toBeNull(); // the seed raises more than a page of them
    const second = (
      await api.get(`/api/alerts?status=new&rule=high-risk-handset&after=${encodeURIComponent(first.next)}`)
    ).body;
    const page = await world.pageAs('investigator');
    await page.getByRole('button', { name: /^Alerts/ }).click();
    await page.getByLabel('Rule').selectOption('high-risk-handset');
    const cards = page.locator('.alert-card');
    const ids = async () =>
      (await cards.evaluateAll((all) => all.map((card) => card.getAttribute('aria-label')))).map((label) =>
        label!.replace('Alert ', ''),
      );
    await expect.poll(ids).toEqual(first.alerts.map((alert: Alert) => alert.id));
    await page.getByRole('button', { name: 'Show more' }).click();
    const both = [...first.alerts, ...second.alerts].map((alert: Alert) => alert.id);
    await expect.poll(ids).toEqual(both);
    expect(new Set(both).size).toBe(both.length);
    expect(await page.getByLabel('Status').inputValue()).toBe('new');
    expect(await page.getByLabel('Rule').inputValue()).toBe('high-risk-handset');
    if (second.next === null) expect(await page.getByRole('button', { name: 'Show more' }).count()).toBe(0);
    await page
      .getByText(`${both.length} alerts shown`)
      .waitFor({ state: second.next ? 'visible' : 'detached' });
    await cards.last().scrollIntoViewIfNeeded();
    await screenshot(page, 'alerts-more');
    await page.context().close();
  });
});
