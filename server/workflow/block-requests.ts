// Block requests: investigators and analysts ask for handsets to be blocked pan-India; the telecom
// department decides (decide.ts). A handset the analysis marks as a look-alike (a cloned IMEI, a dealer's
// test phone) is only requested with the caution acknowledged and justified, and the caution is kept.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { recordAudit, type Actor } from '../audit/audit-trail.ts';
import { caseToRaiseFrom, listOnCase } from '../cases/raised-from-case.ts';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { AppError, ConflictError, InputError, NotFoundError } from '../http/errors.ts';
import { newDecisionId } from './decision-ids.ts';

export interface NewBlockRequest {
  imeis: string[];
  reason: string;
  /** Required unless raised from a case with a reference. */
  caseRef?: string;
  /** The case it is raised from (the caller must be a member). */
  caseId?: string;
  /** The requester's police station or unit (default: the requester's agency) and its state. */
  policeUnit?: string;
  state?: string;
  acknowledgeCaution: boolean;
  justification?: string;
}

interface HandsetToBlock {
  imei: string;
  found: boolean;
  status: string | null;
  caution: string | null;
  cautionMessage: string | null;
}

export interface Caution {
  imei: string;
  kind: string;
  message: string;
}

export async function createBlockRequest(
  database: Database,
  request: NewBlockRequest,
  actor: Actor & { agency?: string | null },
): Promise<{ id: string; handsets: number; cautions: Caution[]; caseRef: string }> {
  return database.writeTx(async (tx) => {
    // The case first: a non-member learns nothing from the other checks' answers.
    const caseRef = await caseRefOf(tx, request, actor);
    const policeUnit = request.policeUnit ?? actor.agency;
    if (!policeUnit) {
      throw new InputError('Say which police station or unit asks for the block (policeUnit).', {
        field: 'policeUnit',
      });
    }
    await tx.run(cypher('app/workflow/lock-handsets'), { imeis: request.imeis });
    const handsets = (
      await tx.run(cypher('app/workflow/handsets-to-block'), { imeis: request.imeis })
    ).records.map((record) => record.toObject() as HandsetToBlock);

    const missing = handsets.filter((handset) => !handset.found).map((handset) => handset.imei);
    if (missing.length > 0) {
      throw new NotFoundError(`No handset with IMEI ${listSome(missing)} in the graph.`, { imeis: missing });
    }
    const notActive = handsets.filter((handset) => handset.status !== 'active');
    if (notActive.length > 0) {
      throw new ConflictError(
        `Only active handsets can be requested for blocking: ${listSome(notActive.map((h) => `${h.imei} is ${h.status}`))}.`,
        { handsets: notActive.map(({ imei, status }) => ({ imei, status })) },
      );
    }
    const cautions = handsets
      .filter((handset) => handset.caution)
      .map((handset) => ({
        imei: handset.imei,
        kind: handset.caution!,
        message: handset.cautionMessage ?? '',
      }));
    if (cautions.length > 0 && !request.acknowledgeCaution) {
      throw new AppError(
        400,
        'CAUTION_NOT_ACKNOWLEDGED',
        `${cautions.length} handset(s) look like innocent look-alikes (${listSome(cautions.map((c) => `${c.imei}: ${c.kind}`))}); blocking them could cut off innocent people. Acknowledge the caution with a justification to request them anyway.`,
        { cautions },
      );
    }

    const id = newDecisionId('BR');
    await tx.run(cypher('app/workflow/create-block-request'), {
      request: {
        id,
        imeis: request.imeis,
        reason: request.reason,
        caseRef,
        policeUnit,
        state: request.state ?? null,
        requestedBy: actor.username,
        cautions: cautions.length > 0 ? JSON.stringify(cautions) : null,
        cautionJustification: cautions.length > 0 ? request.justification : null,
      },
    });
    await recordAudit(tx, actor, {
      action: 'block_request.create',
      target: `BlockRequest:${id}`,
      details: {
        imeis: request.imeis,
        reason: request.reason,
        caseRef,
        policeUnit,
        state: request.state ?? null,
        cautions,
        ...(request.caseId && { caseId: request.caseId }),
      },
    });
    if (request.caseId) await listOnCase(tx, request.caseId, 'blockRequest', id);
    return { id, handsets: handsets.length, cautions, caseRef };
  });
}

/** The request's case reference: the case's, when raised from a case that has one. */
async function caseRefOf(tx: ManagedTransaction, request: NewBlockRequest, actor: Actor): Promise<string> {
  if (!request.caseId) return request.caseRef!;
  const { caseRef } = await caseToRaiseFrom(tx, request.caseId, actor);
  if (caseRef && request.caseRef && caseRef !== request.caseRef) {
    throw new InputError(
      `Case ${request.caseId} is for ${caseRef}, not ${request.caseRef}: leave caseRef out to use the case's.`,
      { caseId: request.caseId, caseRef },
    );
  }
  const chosen = caseRef ?? request.caseRef;
  if (!chosen) {
    throw new InputError(
      `Case ${request.caseId} has no case reference (FIR or complaint number): give caseRef, or add it to the case.`,
      { caseId: request.caseId },
    );
  }
  return chosen;
}

/** The first few items for a message (details carry them all): a request may name thousands. */
const listSome = (items: string[], shown = 5): string =>
  items.length <= shown
    ? items.join(', ')
    : `${items.slice(0, shown).join(', ')} and ${items.length - shown} more`;

export interface BlockRequestView {
  id: string;
  status: string;
  reason: string;
  caseRef: string;
  policeUnit: string | null;
  state: string | null;
  requestedBy: string;
  requestedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  /** Re-verification progress of an approval: numbers sent so far, of all it sends, and when it finished. */
  numbersMarked?: number | null;
  numbersTotal?: number | null;
  numbersMarkedAt?: string | null;
  decisionNote: string | null;
  cautions: Caution[];
  cautionJustification: string | null;
  handsetCount: number;
  /** The handsets with their evidence, highest risk first, at most HANDSETS_SHOWN. */
  handsets: Record<string, unknown>[];
}

const HANDSETS_SHOWN = 100;

export async function listBlockRequests(
  database: Database,
  filter: { status?: string; requestedBy?: string; limit: number },
): Promise<BlockRequestView[]> {
  return database.readTx(async (tx) => {
    const result = await tx.run(cypher('app/workflow/list-block-requests'), {
      status: filter.status ?? null,
      requestedBy: filter.requestedBy ?? null,
      limit: neo4j.int(filter.limit),
      handsetsEach: neo4j.int(HANDSETS_SHOWN),
    });
    return result.records.map((record) => ({
      ...(record.get('request') as Omit<BlockRequestView, 'cautions' | 'handsetCount' | 'handsets'>),
      cautions: JSON.parse((record.get('cautions') as string | null) ?? '[]') as Caution[],
      handsetCount: record.get('handsetCount') as number,
      handsets: record.get('handsets') as Record<string, unknown>[],
    }));
  });
}
