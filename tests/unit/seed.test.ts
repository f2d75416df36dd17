// The synthetic world as an investigator and the analysis will meet it: planted farms and decoys, checked
// against the CSV files themselves, not against the generator's own bookkeeping.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMsisdn } from '../../server/ingest/identifiers.ts';
import { readCsv } from '../../server/ingest/read-csv.ts';
import { validateFolder } from '../../server/ingest/validate-folder.ts';
import { generateSeed } from '../../seed/generate.ts';
import type { PlantedRing } from '../../seed/farms.ts';
import type { PlantedDecoys } from '../../seed/subscribers.ts';

type Row = Record<string, string>;
const scratch = mkdtempSync(path.join(tmpdir(), 'ringside-seed-'));
async function read(dir: string, file: string): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const items of readCsv(path.join(dir, file), file))
    for (const item of items) if (item.kind === 'record') rows.push(item.record);
  return rows;
}
const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

describe('npm run seed, small scale', () => {
  const dir = path.join(scratch, 'a');
  let truth: { rings: PlantedRing[]; rogueDealers: string[]; decoys: PlantedDecoys };
  let sims: Row[];
  let usage: Row[];
  let identities: Row[];
  let complaints: Row[];
  let usageByImei: Map<string, Row[]>;
  let simByMsisdn: Map<string, Row>;

  beforeAll(async () => {
    await generateSeed({ scale: 'small', seed: 7, outDir: dir });
    truth = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8'));
    sims = await read(dir, 'sims.csv');
    usage = await read(dir, 'usage.csv');
    identities = await read(dir, 'identities.csv');
    complaints = await read(dir, 'complaints.csv');
    usageByImei = groupBy(usage, (row) => row.imei!);
    simByMsisdn = new Map(sims.map((sim) => [sim.msisdn!, sim]));
  }, 30_000);

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('gives byte-identical files for the same seed, and different ones for another seed', async () => {
    const again = path.join(scratch, 'again');
    const other = path.join(scratch, 'other');
    await generateSeed({ scale: 'small', seed: 7, outDir: again });
    await generateSeed({ scale: 'small', seed: 8, outDir: other });
    for (const file of readdirSync(dir)) {
      expect(readFileSync(path.join(again, file)), file).toEqual(readFileSync(path.join(dir, file)));
    }
    expect(readFileSync(path.join(other, 'sims.csv'))).not.toEqual(readFileSync(path.join(dir, 'sims.csv')));
  }, 30_000);

  it('with --background 3, plants the same farms and rogue dealers among three times the ordinary people', async () => {
    const larger = path.join(scratch, 'background-3');
    await generateSeed({ scale: 'small', seed: 7, outDir: larger, background: 3 });
    const largerTruth = JSON.parse(readFileSync(path.join(larger, 'ground-truth.json'), 'utf8'));
    expect(largerTruth.rings).toEqual(truth.rings);
    expect(largerTruth.rogueDealers).toEqual(truth.rogueDealers);
    expect(largerTruth.background).toBe(3);
    // The small world's 3,000 subscribers have one identity each; the larger one has 6,000 more (the
    // look-alikes drawn after them, as many, may bring a few identities more or fewer).
    const added = (await read(larger, 'identities.csv')).length - identities.length;
    expect(Math.abs(added - 6_000)).toBeLessThan(60);
    expect((await read(larger, 'dealers.csv')).length).toBe((await read(dir, 'dealers.csv')).length);
  });

  it('passes every rule of the import contract, with every reference resolved inside the folder', async () => {
    const validation = await validateFolder(dir);
    expect(validation.errors).toEqual([]);
    expect(validation.unresolved).toEqual([]);
    expect(validation.rowCounts['sims.csv']).toBe(sims.length);
  });

  it('plants farms of 200 handsets rotating 14,200 short-lived numbers (71 a handset)', () => {
    const handsets = truth.rings.flatMap((ring) => ring.handsets);
    const numbers = new Set(truth.rings.flatMap((ring) => ring.numbers));
    expect(handsets).toHaveLength(200);
    expect(numbers.size).toBe(14_200);
    for (const imei of handsets) {
      const stays = usageByImei.get(imei)!.map((row) => daysBetween(row.first_seen!, row.last_seen!));
      expect(Math.max(...stays), imei).toBeLessThanOrEqual(20);
    }
  });

  it("buys most of a farm's numbers from its rogue dealers, who also sell to ordinary people", () => {
    const ringNumbers = new Set(truth.rings.flatMap((ring) => ring.numbers));
    const rogue = new Set(truth.rogueDealers);
    const farmSims = sims.filter((sim) => ringNumbers.has(sim.msisdn!));
    const fromRogues = farmSims.filter((sim) => rogue.has(sim.pos_id!)).length;
    expect(fromRogues / farmSims.length).toBeGreaterThan(0.8);
    const honestSalesByRogues = sims.filter((sim) => rogue.has(sim.pos_id!) && !ringNumbers.has(sim.msisdn!));
    expect(honestSalesByRogues.length).toBeGreaterThan(0);
  });

  it('swaps some numbers between handsets of the same farm', () => {
    const ring = truth.rings[0]!;
    const ringHandsets = new Set(ring.handsets);
    const handsetsPerNumber = groupBy(
      usage.filter((row) => ringHandsets.has(row.imei!)),
      (row) => row.msisdn!,
    );
    const swapped = [...handsetsPerNumber.values()].filter(
      (rows) => new Set(rows.map((r) => r.imei)).size > 1,
    );
    expect(swapped.length).toBeGreaterThan(0);
  });

  it('registers farm numbers to identities over the nine-number limit, some sharing one face under many names', () => {
    const numbersPerIdentity = groupBy(sims, (sim) => sim.kyc_id!);
    const ringIdentities = new Set(truth.rings.flatMap((ring) => ring.identities));
    const overLimit = [...numbersPerIdentity]
      .filter(([, numbers]) => numbers.length > 9)
      .map(([kycId]) => kycId);
    expect(overLimit.length).toBeGreaterThan(10);
    expect(overLimit.every((kycId) => ringIdentities.has(kycId))).toBe(true);

    const namesPerFace = groupBy(identities, (identity) => identity.photo_hash!);
    const face = truth.rings[0]!.sharedPhotoHashes[0]!;
    expect(new Set(namesPerFace.get(face)!.map((identity) => identity.name)).size).toBeGreaterThan(1);
  });

  it("files victims' complaints against a minority of farm numbers, in the ways people write numbers", () => {
    const ringNumbers = new Set(truth.rings.flatMap((ring) => ring.numbers));
    const reported = new Set(
      complaints.flatMap((complaint) =>
        complaint
          .suspect_msisdns!.split(';')
          .map((written) => (parseMsisdn(written) as { value: string }).value),
      ),
    );
    const reportedFarmNumbers = [...reported].filter((msisdn) => ringNumbers.has(msisdn));
    expect(reportedFarmNumbers.length / ringNumbers.size).toBeGreaterThan(0.02);
    expect(reportedFarmNumbers.length / ringNumbers.size).toBeLessThan(0.1);
    expect(complaints.some((complaint) => complaint.suspect_msisdns!.startsWith('+91 '))).toBe(true);
  });

  it('plants cloned IMEIs: many unrelated long-lived numbers at once, across circles', () => {
    const clone = truth.decoys.clonedImeis[0]!;
    const rows = usageByImei.get(clone.imei)!;
    const owners = new Set(rows.map((row) => simByMsisdn.get(row.msisdn!)!.kyc_id));
    const circles = new Set(rows.map((row) => simByMsisdn.get(row.msisdn!)!.circle));
    expect(owners.size).toBeGreaterThan(10);
    expect(circles.size).toBeGreaterThan(3);
    const stays = rows.map((row) => daysBetween(row.first_seen!, row.last_seen!)).sort((a, b) => a - b);
    expect(stays[Math.floor(stays.length / 2)]).toBeGreaterThan(90);
  });

  it("plants dealers' test phones: each number there for its activation day only, at that one dealer", () => {
    expect(truth.decoys.dealerTestPhones.length).toBeGreaterThan(0);
    for (const { imei, posId } of truth.decoys.dealerTestPhones) {
      for (const row of usageByImei.get(imei) ?? []) {
        const sim = simByMsisdn.get(row.msisdn!)!;
        expect([row.first_seen, row.last_seen, sim.pos_id]).toEqual([
          sim.activated_on,
          sim.activated_on,
          posId,
        ]);
      }
    }
  });

  it('plants second-hand handsets whose owners follow one another, and family phones shared for years', () => {
    const refurbished = truth.decoys.refurbishedHandsets[0]!;
    const tenures = usageByImei
      .get(refurbished.imei)!
      .sort((a, b) => a.first_seen!.localeCompare(b.first_seen!));
    expect(tenures).toHaveLength(refurbished.owners);
    for (let i = 1; i < tenures.length; i++)
      expect(tenures[i]!.first_seen! > tenures[i - 1]!.last_seen!).toBe(true);

    const family = truth.decoys.familyPhones[0]!;
    const members = usageByImei.get(family.imei)!;
    expect(members).toHaveLength(family.members);
    expect(members.every((row) => daysBetween(row.first_seen!, row.last_seen!) > 300)).toBe(true);
  });

  it('plants mistaken complaints only against numbers outside the farms', () => {
    const ringNumbers = new Set(truth.rings.flatMap((ring) => ring.numbers));
    expect(truth.decoys.mistakenComplaints.length).toBeGreaterThan(0);
    for (const { msisdn } of truth.decoys.mistakenComplaints) expect(ringNumbers.has(msisdn)).toBe(false);
  });
});

describe('npm run seed -- --adaptive, small scale', () => {
  const dir = path.join(scratch, 'adaptive');
  let truth: { world: string; rings: PlantedRing[]; decoys: Required<PlantedDecoys> };
  let sims: Row[];
  let usageByImei: Map<string, Row[]>;
  let usageByMsisdn: Map<string, Row[]>;
  let reported: Set<string>;

  beforeAll(async () => {
    await generateSeed({ scale: 'small', seed: 7, outDir: dir, world: 'adaptive' });
    truth = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8'));
    sims = await read(dir, 'sims.csv');
    const usage = await read(dir, 'usage.csv');
    usageByImei = groupBy(usage, (row) => row.imei!);
    usageByMsisdn = groupBy(usage, (row) => row.msisdn!);
    reported = new Set(
      (await read(dir, 'complaints.csv')).flatMap((row) =>
        row.suspect_msisdns!.split(';').map((raw) => {
          const parsed = parseMsisdn(raw);
          return parsed.ok ? parsed.value : raw;
        }),
      ),
    );
  }, 30_000);

  it('passes the import contract and records each ring by kind', async () => {
    const validation = await validateFolder(dir);
    expect(validation.errors).toEqual([]);
    expect(validation.unresolved).toEqual([]);
    expect(truth.world).toBe('adaptive');
    const kinds = new Set(truth.rings.flatMap((ring) => ring.kinds));
    for (const kind of ['fast', 'slow', 'young', 'unreported', 'hiding_dealers', 'under_limit'])
      expect(kinds, kind).toContain(kind);
  });

  it('keeps every farm identity under the limit: nine, or six in J&K, Assam and the North East', () => {
    const held = groupBy(sims, (sim) => sim.kyc_id!);
    for (const ring of truth.rings) {
      for (const kycId of ring.identities) {
        const numbers = held.get(kycId)!;
        const border = numbers.some((sim) => ['JK', 'AS', 'NE'].includes(sim.circle!));
        expect(numbers.length, kycId).toBeLessThanOrEqual(border ? 6 : 9);
      }
      expect(ring.sharedPhotoHashes).toEqual([]);
    }
  });

  it('paces slow farms at about a dozen numbers a handset, most kept one to three months', () => {
    const slow = truth.rings.filter((ring) => ring.kinds.includes('slow'));
    expect(slow.length).toBeGreaterThan(0);
    for (const ring of slow) {
      expect(ring.numbers.length / ring.handsets.length).toBeGreaterThanOrEqual(8);
      expect(ring.numbers.length / ring.handsets.length).toBeLessThanOrEqual(16);
      const stays = ring.handsets
        .flatMap((imei) => usageByImei.get(imei)!)
        .map((row) => daysBetween(row.first_seen!, row.last_seen!))
        .sort((a, b) => a - b);
      expect(stays[Math.floor(stays.length / 2)], ring.id).toBeGreaterThanOrEqual(30);
      expect(stays[stays.length - 1], ring.id).toBeLessThanOrEqual(90);
    }
  });

  it('starts young farms in the last eight weeks of the records and leaves unreported rings unreported', () => {
    const young = truth.rings.filter((ring) => ring.kinds.includes('young'));
    expect(young.length).toBeGreaterThan(0);
    for (const ring of young) expect(daysBetween(ring.activeFrom, '2026-06-30')).toBeLessThanOrEqual(56);
    for (const ring of truth.rings.filter((r) => r.kinds.includes('unreported'))) {
      expect(ring.complaints).toEqual([]);
      expect(ring.numbers.filter((msisdn) => reported.has(msisdn))).toEqual([]);
    }
  });

  it('plants repair-shop phones: customers’ numbers in for a day, long after activation, living on elsewhere', () => {
    const simByMsisdn = new Map(sims.map((sim) => [sim.msisdn!, sim]));
    expect(truth.decoys.repairShops.length).toBe(4);
    for (const shop of truth.decoys.repairShops) {
      for (const visit of usageByImei.get(shop.imei) ?? []) {
        expect(visit.first_seen).toBe(visit.last_seen);
        expect(
          daysBetween(simByMsisdn.get(visit.msisdn!)!.activated_on!, visit.first_seen!),
        ).toBeGreaterThanOrEqual(60);
        const ownPhone = usageByMsisdn.get(visit.msisdn!)!.filter((row) => row.imei !== shop.imei);
        expect(
          Math.max(...ownPhone.map((row) => daysBetween(row.first_seen!, row.last_seen!))),
        ).toBeGreaterThan(90);
      }
    }
  });

  it('plants activation desks: new numbers of several dealers of one circle, there on their activation day', () => {
    const simByMsisdn = new Map(sims.map((sim) => [sim.msisdn!, sim]));
    expect(truth.decoys.activationDesks.length).toBeGreaterThan(0);
    for (const desk of truth.decoys.activationDesks) {
      const stays = usageByImei.get(desk.imei)!;
      expect(stays).toHaveLength(desk.numbers);
      const dealers = new Set(stays.map((row) => simByMsisdn.get(row.msisdn!)!.pos_id));
      expect(dealers.size).toBeGreaterThanOrEqual(2);
      for (const row of stays) {
        const sim = simByMsisdn.get(row.msisdn!)!;
        expect([row.first_seen, row.last_seen]).toEqual([sim.activated_on, sim.activated_on]);
        expect(sim.circle).toBe(desk.circle);
      }
    }
  });
});
