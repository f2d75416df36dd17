// A case's members: the owner adds investigators and analysts (the roles that work on cases) and removes
// them; the owner stays. Adding a member twice changes nothing.
import type { Actor } from '../audit/audit-trail.ts';
import { mayDo, isRole } from '../auth/roles.ts';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { ConflictError, NotFoundError } from '../http/errors.ts';
import { changeCase, requireOpen, requireRoom, requireOwner } from './case-access.ts';
import { readSummary, type CaseSummary } from './cases.ts';

export const MAX_MEMBERS = 50;

export async function addMember(
  database: Database,
  caseId: string,
  username: string,
  actor: Actor,
): Promise<{ added: boolean; summary: CaseSummary }> {
  return changeCase(database, caseId, actor, async (tx, { locked }) => {
    requireOwner(locked, actor, 'add members');
    requireOpen(locked);
    const [candidate] = (await tx.run(cypher('app/cases/member-candidate'), { username })).records;
    const role: unknown = candidate?.get('role');
    // One answer for "no such user" and "a user who cannot work on cases": no roles are given away.
    if (!candidate || candidate.get('disabled') === true || !isRole(role) || !mayDo(role, 'cases')) {
      throw new NotFoundError(`No investigator or analyst named ${username}.`, { username });
    }
    requireRoom(caseId, locked.members, MAX_MEMBERS, 'members already');
    const [record] = (
      await tx.run(cypher('app/cases/add-member'), { caseId, username, addedBy: actor.username })
    ).records;
    const added = record!.get('added') as boolean;
    const result = { added, summary: await readSummary(tx, caseId, actor) };
    return added ? { result, event: { action: 'case.member_add', details: { username } } } : { result };
  });
}

export async function removeMember(
  database: Database,
  caseId: string,
  username: string,
  actor: Actor,
): Promise<CaseSummary> {
  return changeCase(database, caseId, actor, async (tx, { locked, isRerun }) => {
    requireOwner(locked, actor, 'remove members');
    requireOpen(locked);
    if (username === locked.owner) {
      throw new ConflictError(`${username} owns case ${caseId} and stays a member of it.`, { username });
    }
    const [record] = (await tx.run(cypher('app/cases/remove-member'), { caseId, username })).records;
    const summary = await readSummary(tx, caseId, actor);
    if (record!.get('removed') === 0) {
      if (isRerun) return { result: summary };
      throw new NotFoundError(`${username} is not a member of case ${caseId}.`, { username });
    }
    return { result: summary, event: { action: 'case.member_remove', details: { username } } };
  });
}
