import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import { formatInstant } from '../format.ts';
import { useAddNote, type CasePage } from './cases-api.ts';

/** Notes, newest first, each with its author and time; a note an edit replaced is marked superseded. */
export function CaseNotes({ page }: { page: CasePage }) {
  const add = useAddNote(page.id);
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(text, { onSuccess: () => setText('') });
  };
  const notes = [...page.notes].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section className="panel" aria-label="Notes">
      <h3>Notes</h3>
      {page.status === 'open' ? (
        <form onSubmit={submit}>
          <label>
            New note
            <textarea value={text} onChange={(e) => setText(e.target.value)} required maxLength={10_000} />
          </label>
          <button type="submit" className="primary" disabled={add.isPending}>
            {add.isPending ? 'Adding…' : 'Add note'}
          </button>
          <ErrorMessage error={add.error} />
        </form>
      ) : null}
      {notes.length === 0 ? <p className="empty">No notes yet.</p> : null}
      <ol className="notes">
        {notes.map((note) => (
          <li key={note.id} className={note.supersededBy ? 'note superseded' : 'note'}>
            <p className="note-meta">
              <strong>{note.author}</strong> · {formatInstant(note.at)}
              {note.supersedes ? ` · corrects ${note.supersedes}` : ''}
              {note.supersededBy ? <em> · superseded by {note.supersededBy}</em> : null}
            </p>
            <p className="note-text">{note.text}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
