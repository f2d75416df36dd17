import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import { formatInstant } from '../format.ts';
import type { CaseNote } from '../../../server/cases/notes.ts';
import { useAddNote, type CasePage } from './cases-api.ts';

/**
 * Notes, newest first, each with its author and time. A correction is a new note that supersedes the old
 * one, which stays, struck through and marked.
 */
export function CaseNotes({ page }: { page: CasePage }) {
  const add = useAddNote(page.id);
  const [text, setText] = useState('');
  const [correcting, setCorrecting] = useState<CaseNote>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      { text, supersedes: correcting?.id },
      {
        onSuccess: () => {
          setText('');
          setCorrecting(undefined);
        },
      },
    );
  };
  const correct = (note: CaseNote) => {
    setCorrecting(note);
    setText(note.text);
  };
  const isOpen = page.status === 'open';
  const notes = [...page.notes].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section className="panel" aria-label="Notes">
      <h3>Notes</h3>
      {isOpen ? (
        <form onSubmit={submit}>
          <label>
            {correcting
              ? `Correction of ${correcting.author}’s note of ${formatInstant(correcting.at)}`
              : 'New note'}
            <textarea value={text} onChange={(e) => setText(e.target.value)} required maxLength={10_000} />
          </label>
          <button type="submit" className="primary" disabled={add.isPending}>
            {add.isPending ? 'Adding…' : correcting ? 'Add correction' : 'Add note'}
          </button>
          {correcting ? (
            <button type="button" onClick={() => setCorrecting(undefined)}>
              Cancel correction
            </button>
          ) : null}
          <ErrorMessage error={add.error} />
        </form>
      ) : null}
      {notes.length === 0 ? <p className="empty">No notes yet.</p> : null}
      <ol className="notes">
        {notes.map((note) => (
          <NoteItem
            key={note.id}
            note={note}
            onCorrect={isOpen && !note.supersededBy ? correct : undefined}
          />
        ))}
      </ol>
    </section>
  );
}

function NoteItem({ note, onCorrect }: { note: CaseNote; onCorrect?(note: CaseNote): void }) {
  return (
    <li className={note.supersededBy ? 'note superseded' : 'note'}>
      <p className="note-meta">
        <strong>{note.author}</strong> · {formatInstant(note.at)}
        {note.supersedes ? ' · a correction' : ''}
        {note.supersededBy ? <em> · superseded by a correction</em> : null}
        {onCorrect ? (
          <button className="link-button" onClick={() => onCorrect(note)}>
            Correct
          </button>
        ) : null}
      </p>
      <p className="note-text">{note.text}</p>
    </li>
  );
}
