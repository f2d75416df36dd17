// Users (admins): who has an account, their role, agency and jurisdiction, whether they are active and
// logged in; add a user, disable or enable, reset a password, end sessions. Every change is audited.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import type { User } from '../api/types.ts';
import { formatInstant } from '../format.ts';
import { AddUserDialog } from './AddUserDialog.tsx';
import { OneTimePasswordDialog } from './OneTimePasswordDialog.tsx';
import { usersQuery, useUserAction, type UserAction, type UserListing } from './users-api.ts';

export function UsersPage({ user: me }: { user: User }) {
  const users = useQuery(usersQuery);
  const [adding, setAdding] = useState(false);
  const [issued, setIssued] = useState<{ username: string; password: string }>();
  return (
    <section className="users-page">
      <div className="page-head">
        <h2>Users</h2>
        <button onClick={() => setAdding(true)}>Add user…</button>
      </div>
      {users.isPending ? <p role="status">Loading users…</p> : null}
      <ErrorMessage error={users.error} />
      {users.data ? (
        <table className="table">
          <thead>
            <tr>
              <th>User</th>
              <th>Role</th>
              <th>Agency</th>
              <th>Jurisdiction</th>
              <th>State</th>
              <th>Last seen</th>
              <th>Actions</th>
            </tr>
          </thead>
          <tbody>
            {users.data.users.map((user) => (
              <UserRow
                key={user.username}
                user={user}
                isMe={user.username === me.username}
                onPassword={(password) => setIssued({ username: user.username, password })}
              />
            ))}
          </tbody>
        </table>
      ) : null}
      {adding ? (
        <AddUserDialog
          onClose={() => setAdding(false)}
          onAdded={(username, password) => {
            setAdding(false);
            setIssued({ username, password });
          }}
        />
      ) : null}
      {issued ? <OneTimePasswordDialog {...issued} onClose={() => setIssued(undefined)} /> : null}
    </section>
  );
}

function UserRow({
  user,
  isMe,
  onPassword,
}: {
  user: UserListing;
  isMe: boolean;
  onPassword(password: string): void;
}) {
  const action = useUserAction();
  const run = (name: UserAction) =>
    action.mutate(
      { username: user.username, action: name },
      { onSuccess: (result) => result.oneTimePassword && onPassword(result.oneTimePassword) },
    );
  const state = user.disabled ? 'disabled' : user.mustChangePassword ? 'must choose a password' : 'active';
  return (
    <tr data-testid={`user-${user.username}`}>
      <td>{user.username}</td>
      <td>{user.role}</td>
      <td>{user.agency ?? '–'}</td>
      <td>{user.scope === 'national' ? 'national' : user.scope.join(', ')}</td>
      <td>
        {state}
        {user.sessions > 0 ? ` · ${user.sessions} session${user.sessions === 1 ? '' : 's'}` : ''}
      </td>
      <td>{user.lastSeen ? formatInstant(new Date(user.lastSeen).toISOString()) : '–'}</td>
      <td className="row-actions">
        {isMe ? (
          <span className="muted">you</span>
        ) : (
          <>
            <button disabled={action.isPending} onClick={() => run(user.disabled ? 'enable' : 'disable')}>
              {user.disabled ? 'Enable' : 'Disable'}
            </button>
            <button disabled={action.isPending} onClick={() => run('reset-password')}>
              Reset password
            </button>
            <button disabled={action.isPending || user.sessions === 0} onClick={() => run('end-sessions')}>
              End sessions
            </button>
          </>
        )}
        <ErrorMessage error={action.error} />
      </td>
    </tr>
  );
}
