// A case's notes: append-only, each with its author and time. An edit is a new note that supersedes
// the one it corrects; only the latest of a chain can be superseded, so edits never fork.
import type { ManagedTransaction } from 'neo4j-driver';
import type { Actor } from '../audit/audit-trail.ts';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { ConflictError, NotFoundError } from '../http/errors.ts';
import { changeCase, requireOpen, requireRoom } from './case-access.ts';
import { newNoteId } from './case-ids.ts';

export const MAX_NOTES = 5_000;

export interface CaseNote {
  id: string;
  text: string;
  author: string;
  at: string;
  /** The note this one corrects. */
  supersedes: string | null;
  /** The note that corrects this one, on a case's page. */
  supersededBy?: string | null;
}

export async function addNote(
  database: Database,
  caseId: string,
  note: { text: string; supersedes?: string },
  actor: Actor,
): Promise<CaseNote> {
  const id = newNoteId();
  return changeCase(database, caseId, actor, async (tx, { locked }) => {
    requireOpen(locked);
    requireRoom(caseId, locked.notes, MAX_NOTES, 'notes');
    if (note.supersedes) await requireLatest(tx, caseId, note.supersedes, id);
    const [record] = (
      await tx.run(cypher('app/cases/add-note'), {
        caseId,
        note: { id, text: note.text, author: actor.username, supersedes: note.supersedes ?? null },
      })
    ).records;
    return {
      result: record!.get('note') as CaseNote,
      event: { action: 'case.note_add', details: { noteId: id, supersedes: note.supersedes ?? null } },
    };
  });
}

async function requireLatest(tx: ManagedTransaction, caseId: string, noteId: string, newNoteId: string) {
  const [record] = (await tx.run(cypher('app/cases/note-to-supersede'), { caseId, noteId, newNoteId }))
    .records;
  if (!record) throw new NotFoundError(`No note ${noteId} in case ${caseId}.`, { noteId });
  const [later] = record.get('supersededBy') as string[];
  if (later) {
    throw new ConflictError(`Note ${noteId} is superseded by ${later} already: edit that one.`, {
      noteId,
      supersededBy: later,
    });
  }
}

export async function caseNotes(tx: ManagedTransaction, caseId: string): Promise<CaseNote[]> {
  const result = await tx.run(cypher('app/cases/case-notes'), { caseId });
  return result.records.map((record) => record.get('note') as CaseNote);
}
