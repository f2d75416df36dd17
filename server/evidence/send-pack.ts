// Sends an evidence pack: masked for the reader as any answer of the API is (identities outside their
// jurisdiction stay masked), hashed, audited with its hash, then streamed as a PDF with the hash in
// X-Evidence-Sha256 (set before the first byte).
import type { Response } from 'express';
import { actorOf, sessionOf } from '../auth/access.ts';
import { identitiesOutOfScope, maskIdentities } from '../auth/identity-masking.ts';
import { recordAccess } from '../audit/record-access.ts';
import type { Database } from '../db/database.ts';
import { VERSION } from '../health/routes.ts';
import type { EvidencePack, PackKind } from './pack-data.ts';
import { HASH_ALGORITHM, packHash } from './pack-hash.ts';
import { renderPackPdf } from './pack-pdf.ts';

const TARGET_LABELS: Record<PackKind, string> = {
  blockRequest: 'BlockRequest',
  dealerFlag: 'DealerFlag',
  ring: 'Ring',
  case: 'Case',
};

export const EVIDENCE_HASH_HEADER = 'X-Evidence-Sha256';

export async function sendEvidencePack(
  database: Database,
  response: Response,
  read: EvidencePack,
): Promise<void> {
  const actor = actorOf(response);
  const hidden = await identitiesOutOfScope(
    database,
    sessionOf(response),
    read.identities.map((identity) => identity.key),
  );
  const pack = (hidden.size > 0 ? maskIdentities(read, hidden) : read) as EvidencePack;
  const sha256 = packHash(pack);
  const doc = renderPackPdf({
    pack,
    sha256,
    generatedBy: { username: actor.username, role: actor.role, agency: actor.agency ?? null },
    generatedAt: new Date(),
    version: VERSION,
  });
  await recordAccess(database, actor, {
    action: 'evidence_pack.download',
    target: `${TARGET_LABELS[pack.kind]}:${pack.id}`,
    details: { sha256, algorithm: HASH_ALGORITHM, maskedIdentities: hidden.size },
  });
  response.status(200).set({
    'Content-Type': 'application/pdf',
    'Content-Disposition': `attachment; filename="ringside-evidence-${pack.id}.pdf"`,
    [EVIDENCE_HASH_HEADER]: sha256,
  });
  doc.pipe(response);
  doc.end();
}
