// What an evidence pack holds, read in one transaction per pack: its subject (a block request, a dealer
// flag, a ring or a case), the subgraph behind it, and the decision trail. The pack is plain data: the
// PDF draws it and its hash is of it (pack-hash.ts), so what is hashed is exactly what is printed.
import type { DealerFlagView } from '../workflow/dealer-flags.ts';
import type { ManagedTransaction } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import type { Actor } from '../audit/audit-trail.ts';
import { readCasePage } from '../cases/case-page.ts';
import { getRing } from '../analysis/rings-store.ts';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { NotFoundError } from '../http/errors.ts';
import { istOf } from './pack-text.ts';

/** Numbers a flagged dealer sold that a pack lists at most (the most reported first). */
export const SOLD_NUMBERS_SHOWN = 200;

export type PackKind = 'blockRequest' | 'dealerFlag' | 'ring' | 'case';

export interface PackHandset {
  imei: string;
  brand: string | null;
  model: string | null;
  status: string;
  score: number | null;
  reasons: string[];
  caution: string | null;
  cautionMessage: string | null;
}

export interface PackNumber {
  msisdn: string;
  operator: string;
  circle: string;
  status: string;
  kycId: string | null;
  posId: string | null;
  /** The pack's handsets this number was used in. */
  imeis: string[];
}

/** Shaped as the masking recognises an identity (`label`, `key`): outside the reader's scope it is masked. */
export interface PackIdentity {
  label: 'Identity';
  key: string;
  name: string | null;
  docType: string | null;
  masked?: boolean;
}

/** A dealer as the review card shows it, without the blacklist's dates. */
export type PackDealer = Pick<
  DealerFlagView['dealer'],
  'posId' | 'name' | 'operator' | 'circle' | 'status' | 'score' | 'reasons' | 'numbersSold'
>;

export interface PackComplaint {
  ackNo: string;
  reportedOn: string;
  category: string;
  channel: string;
  source: string | null;
  amountInr: number | null;
  state: string | null;
  district: string | null;
  msisdns: string[];
}

export interface TrailEntry {
  at: string;
  actor: string;
  role: string;
  agency: string | null;
  action: string;
  target: string;
  /** The note, reason or comment the event carries. */
  note: string | null;
}

export interface EvidencePack {
  kind: PackKind;
  id: string;
  /** The FIR or complaint number printed on every page (or the subject's id when it has none). */
  caseRef: string;
  title: string;
  /** The subject's own fields, as label → value lines. */
  subject: [string, string][];
  handsets: PackHandset[];
  numbers: PackNumber[];
  /** How many numbers a flagged dealer sold in all (the pack lists at most SOLD_NUMBERS_SHOWN). */
  numbersSold: number;
  identities: PackIdentity[];
  dealers: PackDealer[];
  complaints: PackComplaint[];
  trail: TrailEntry[];
}

type Subgraph = Pick<EvidencePack, 'handsets' | 'numbers' | 'identities' | 'dealers' | 'complaints'> & {
  numbersSold: number;
};

async function readSubgraph(
  tx: ManagedTransaction,
  { imeis = [], msisdns = [], posIds = [] }: { imeis?: string[]; msisdns?: string[]; posIds?: string[] },
): Promise<Subgraph> {
  const [record] = (
    await tx.run(cypher('app/evidence/subgraph'), {
      imeis,
      msisdns,
      posIds,
      soldLimit: neo4j.int(SOLD_NUMBERS_SHOWN),
    })
  ).records;
  const row = record!.toObject();
  return {
    handsets: row.handsets as PackHandset[],
    numbers: row.numbers as PackNumber[],
    identities: row.identities as PackIdentity[],
    dealers: row.dealers as PackDealer[],
    complaints: row.complaints as PackComplaint[],
    numbersSold: row.soldCount as number,
  };
}

const NOTE_FIELDS = ['note', 'reason', 'text', 'comment', 'justification'] as const;

async function readTrail(tx: ManagedTransaction, targets: string[]): Promise<TrailEntry[]> {
  const result = await tx.run(cypher('app/evidence/decision-trail'), { targets });
  return result.records.map((record) => {
    const details = JSON.parse(record.get('details') as string) as Record<string, unknown>;
    const note = NOTE_FIELDS.map((field) => details[field]).find((value) => typeof value === 'string');
    return {
      at: record.get('at') as string,
      actor: record.get('actor') as string,
      role: record.get('role') as string,
      agency: record.get('agency') as string | null,
      action: record.get('action') as string,
      target: record.get('target') as string,
      note: (note as string | undefined) ?? null,
    };
  });
}

const line = (label: string, value: unknown): [string, string] => [
  label,
  value === null || value === undefined || value === '' ? '–' : String(value),
];

export async function readBlockRequestPack(database: Database, id: string): Promise<EvidencePack> {
  return database.readTx(async (tx) => {
    const [record] = (await tx.run(cypher('app/evidence/block-request'), { id })).records;
    if (!record) throw new NotFoundError(`No block request ${id}.`, { id });
    const request = record.get('request') as Record<string, string | null>;
    const cautions = JSON.parse((record.get('cautions') as string | null) ?? '[]') as { imei: string }[];
    return {
      kind: 'blockRequest',
      id,
      caseRef: request.caseRef ?? id,
      title: `Block request ${id}`,
      subject: [
        line('Request', id),
        line('Status', request.status),
        line('Case reference', request.caseRef),
        line('Reason', request.reason),
        line('Police unit', [request.policeUnit, request.state].filter(Boolean).join(', ')),
        line('Requested by', `${request.requestedBy}, ${istOf(request.requestedAt)}`),
        line('Decided by', request.decidedBy && `${request.decidedBy}, ${istOf(request.decidedAt)}`),
        line('Decision note', request.decisionNote),
        line('Cautions acknowledged', cautions.map((caution) => caution.imei).join(', ')),
        line('Justification', request.cautionJustification),
      ],
      ...(await readSubgraph(tx, { imeis: record.get('imeis') as string[] })),
      trail: await readTrail(tx, [`BlockRequest:${id}`]),
    };
  });
}

export async function readDealerFlagPack(database: Database, id: string): Promise<EvidencePack> {
  return database.readTx(async (tx) => {
    const [record] = (await tx.run(cypher('app/evidence/dealer-flag'), { id })).records;
    if (!record) throw new NotFoundError(`No dealer flag ${id}.`, { id });
    const flag = record.get('flag') as Record<string, string | null>;
    const posId = record.get('posId') as string;
    return {
      kind: 'dealerFlag',
      id,
      caseRef: flag.caseRef ?? id,
      title: `Dealer flag ${id}: dealer ${posId}`,
      subject: [
        line('Flag', id),
        line('Dealer', posId),
        line('Status', flag.status),
        line('Case reference', flag.caseRef),
        line('Reason', flag.reason),
        line('Flagged by', `${flag.flaggedBy}, ${istOf(flag.flaggedAt)}`),
        line('Decided by', flag.decidedBy && `${flag.decidedBy}, ${istOf(flag.decidedAt)}`),
        line('Decision note', flag.decisionNote),
      ],
      ...(await readSubgraph(tx, { posIds: [posId] })),
      trail: await readTrail(tx, [`DealerFlag:${id}`]),
    };
  });
}

/** A ring as analysis stored it (getRing: 404 for an unknown ring), with its handsets' subgraph. */
export async function readRingPack(database: Database, id: string): Promise<EvidencePack> {
  const ring = await getRing(database, id);
  return database.readTx(async (tx) => ({
    kind: 'ring',
    id,
    caseRef: id,
    title: `Ring ${id}`,
    subject: [
      line('Ring', id),
      line('Handsets', ring.handsetCount),
      line('Numbers', ring.numberCount),
      line('Identities', ring.identityCount),
      line('Complaints', ring.complaintCount),
      line('Suspect dealers', ring.dealers.join(', ')),
      line('Computed', istOf(ring.computedAt)),
    ],
    ...(await readSubgraph(tx, { imeis: ring.handsets.map((handset) => String(handset.imei)) })),
    trail: [],
  }));
}

/**
 * A case as its page shows it to a member (readCasePage: 404 for anyone else), with the subgraph of its
 * pinned evidence and of the requests and flags raised from it.
 */
export async function readCasePack(database: Database, id: string, actor: Actor): Promise<EvidencePack> {
  const page = await readCasePage(database, id, actor);
  const pinned = (label: string) => page.pins.filter((pin) => pin.label === label).map((pin) => pin.key);
  return database.readTx(async (tx) => {
    const requestImeis: string[] = [];
    for (const request of page.blockRequests) {
      const [record] = (await tx.run(cypher('app/evidence/block-request'), { id: request.id })).records;
      requestImeis.push(...((record?.get('imeis') as string[] | undefined) ?? []));
    }
    const subgraph = await readSubgraph(tx, {
      imeis: [...new Set([...pinned('Handset'), ...requestImeis])].sort(),
      msisdns: pinned('SIM').sort(),
      posIds: [...new Set([...pinned('Dealer'), ...page.dealerFlags.map((flag) => flag.posId)])].sort(),
    });
    return {
      kind: 'case',
      id,
      caseRef: page.caseRef ?? id,
      title: `Case ${id}: ${page.title}`,
      subject: [
        line('Case', id),
        line('Title', page.title),
        line('Case reference', page.caseRef),
        line('Status', page.status),
        line('Description', page.description),
        line('Owner', page.owner),
        line('Members', page.members.join(', ')),
        line('Opened', istOf(page.createdAt)),
        line('Block requests', page.blockRequests.map((r) => `${r.id} (${r.status})`).join(', ')),
        line('Dealer flags', page.dealerFlags.map((f) => `${f.id} (${f.status})`).join(', ')),
        ...page.pins.map((pin) => line(`Pinned ${pin.id}`, `${pin.comment} (${pin.pinnedBy})`)),
        ...page.notes.map((note) =>
          line(
            `Note ${note.id}`,
            `${note.text} (${note.author}, ${istOf(note.at)}${note.supersededBy ? `, corrected by ${note.supersededBy}` : ''})`,
          ),
        ),
      ],
      ...subgraph,
      trail: await readTrail(tx, [
        `Case:${id}`,
        ...page.blockRequests.map((request) => `BlockRequest:${request.id}`),
        ...page.dealerFlags.map((flag) => `DealerFlag:${flag.id}`),
      ]),
    };
  });
}
