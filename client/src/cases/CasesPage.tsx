// The Cases view: #/cases lists my cases and opens a new one; #/cases/CASE-… is one case's page.
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import type { User } from '../api/types.ts';
import { formatCount, formatInstant } from '../format.ts';
import { useHashView } from '../layout/use-hash-view.ts';
import { CasePage } from './CasePage.tsx';
import { caseLink, casesQuery, useCreateCase } from './cases-api.ts';

export function CasesPage({ user }: { user: User }) {
  const [path] = useHashView();
  const caseId = path.split('/')[1];
  if (caseId) return <CasePage id={decodeURIComponent(caseId)} user={user} />;
  return (
    <div className="cases">
      <NewCaseForm />
      <CaseList />
    </div>
  );
}

function CaseList() {
  const cases = useQuery(casesQuery());
  return (
    <section aria-label="My cases">
      <h2>My cases</h2>
      {cases.isPending ? <p role="status">Loading your cases…</p> : null}
      <ErrorMessage error={cases.error} />
      {cases.data?.cases.length === 0 ? (
        <p className="empty">You are not a member of any case yet. Open one above, or from an alert.</p>
      ) : null}
      {cases.data?.cases.length ? (
        <table className="ranked">
          <thead>
            <tr>
              <th>Case</th>
              <th>Reference</th>
              <th>Status</th>
              <th>Owner</th>
              <th>Members</th>
              <th>Changed</th>
            </tr>
          </thead>
          <tbody>
            {cases.data.cases.map((one) => (
              <tr key={one.id}>
                <td>
                  <a href={caseLink(one.id)}>{one.title}</a> <small className="muted">{one.id}</small>
                </td>
                <td>{one.caseRef ?? '–'}</td>
                <td>
                  <span className={`status status-${one.status}`}>{one.status}</span>
                </td>
                <td>{one.owner}</td>
                <td>{formatCount(one.members.length, 'member')}</td>
                <td>{formatInstant(one.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

function NewCaseForm() {
  const create = useCreateCase();
  const [title, setTitle] = useState('');
  const [caseRef, setCaseRef] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { title, caseRef: caseRef.trim() || undefined },
      { onSuccess: (created) => (window.location.hash = caseLink(created.id).slice(1)) },
    );
  };
  return (
    <form className="filters-row new-case" onSubmit={submit} aria-label="Open a case">
      <label>
        New case{' '}
        <input
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          required
          maxLength={200}
          placeholder="Title"
        />
      </label>
      <label>
        FIR or complaint number <input value={caseRef} onChange={(e) => setCaseRef(e.target.value)} />
      </label>
      <button type="submit" className="primary" disabled={create.isPending}>
        {create.isPending ? 'Opening…' : 'Open case'}
      </button>
      <ErrorMessage error={create.error} />
    </form>
  );
}
