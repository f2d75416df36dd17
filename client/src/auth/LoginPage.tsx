import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import { SESSION_ENDED_KEY, useLogin } from './session.ts';

export function LoginPage() {
  const login = useLogin();
  const sessionEnded = useQuery({
    queryKey: SESSION_ENDED_KEY,
    queryFn: () => false,
    staleTime: Infinity,
  }).data;
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ username, password });
  };

  return (
    <main className="login">
      <h1>Ringside</h1>
      <p className="tagline">Graph investigation of telecom fraud. Authorised users only.</p>
      {sessionEnded ? (
        <p role="alert" className="notice-ended">
          Your session has ended. Log in again: your canvas is kept.
        </p>
      ) : null}
      <form onSubmit={submit} aria-label="Log in">
        <label>
          Username
          <input
            name="username"
            autoComplete="username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            required
            autoFocus
          />
        </label>
        <label>
          Password
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </label>
        <button type="submit" disabled={login.isPending}>
          {login.isPending ? 'Logging in…' : 'Log in'}
        </button>
        <ErrorMessage error={login.error} />
      </form>
    </main>
  );
}
