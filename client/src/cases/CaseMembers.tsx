import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import { useAddMember, useRemoveMember, type CasePage } from './cases-api.ts';

/** The members, the owner first; the owner adds investigators and analysts by username and removes them. */
export function CaseMembers({ page, isOwner }: { page: CasePage; isOwner: boolean }) {
  const add = useAddMember(page.id);
  const remove = useRemoveMember(page.id);
  const [username, setUsername] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(username.trim(), { onSuccess: () => setUsername('') });
  };
  return (
    <section className="panel" aria-label="Members">
      <h3>Members</h3>
      <ul className="members">
        {page.members.map((member) => (
          <li key={member}>
            {member}
            {member === page.owner ? <small className="muted"> owner</small> : null}
            {isOwner && member !== page.owner ? (
              <button
                aria-label={`Remove ${member}`}
                onClick={() => remove.mutate(member)}
                disabled={remove.isPending}
              >
                Remove
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <ErrorMessage error={remove.error} />
      {isOwner && page.status === 'open' ? (
        <form onSubmit={submit} className="inline-form">
          <label>
            Add member{' '}
            <input
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              placeholder="username"
              required
            />
          </label>
          <button type="submit" disabled={add.isPending}>
            {add.isPending ? 'Adding…' : 'Add'}
          </button>
          <ErrorMessage error={add.error} />
        </form>
      ) : null}
    </section>
  );
}
