// Choosing one's own password: required after a one-time password (the rest of the app waits), and
// offered from the header at any time. Other sessions of the user end when it changes.
import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import { useChangePassword } from './account-api.ts';

const MIN_LENGTH = 10;

export function ChangePasswordForm({ onDone }: { onDone?(): void }) {
  const change = useChangePassword();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [again, setAgain] = useState('');
  const mismatch = again.length > 0 && again !== newPassword;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mismatch || newPassword.length < MIN_LENGTH) return;
    change.mutate({ currentPassword, newPassword }, { onSuccess: () => onDone?.() });
  };

  return (
    <form onSubmit={submit} aria-label="Change password" className="change-password">
      <label>
        Current password
        <input
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={(e) => setCurrent(e.target.value)}
          required
          autoFocus
        />
      </label>
      <label>
        New password (at least {MIN_LENGTH} characters)
        <input
          type="password"
          autoComplete="new-password"
          minLength={MIN_LENGTH}
          value={newPassword}
          onChange={(e) => setNew(e.target.value)}
          required
        />
      </label>
      <label>
        New password again
        <input
          type="password"
          autoComplete="new-password"
          value={again}
          onChange={(e) => setAgain(e.target.value)}
          aria-invalid={mismatch}
          required
        />
      </label>
      {mismatch ? <p className="error">The two new passwords differ.</p> : null}
      <button type="submit" disabled={change.isPending || mismatch}>
        {change.isPending ? 'Saving…' : 'Set password'}
      </button>
      <ErrorMessage error={change.error} />
    </form>
  );
}

/** The whole page for a user who logged in with a one-time password. */
export function ChangePasswordPage({ username }: { username: string }) {
  return (
    <main className="login">
      <h1>Ringside</h1>
      <p className="tagline">
        Welcome, {username}. You logged in with a one-time password: choose your own to go on.
      </p>
      <ChangePasswordForm />
    </main>
  );
}
