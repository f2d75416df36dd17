// One case's page (#/cases/CASE-…): what it is, who works on it, their notes, the saved views and pinned
// evidence, the requests and flags raised from it, and its timeline. To a non-member the server answers
// 404, as for a case that does not exist: the page says "Case not found" either way.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../api/api-client.ts';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import type { User } from '../api/types.ts';
import { formatInstant } from '../format.ts';
import { CaseEditForm } from './CaseEditForm.tsx';
import { CaseEvidence, CaseRaised, CaseTimeline } from './CaseSections.tsx';
import { CaseMembers } from './CaseMembers.tsx';
import { CaseNotes } from './CaseNotes.tsx';
import { EvidencePackLink } from '../evidence/EvidencePackLink.tsx';
import { caseQuery, useSetCaseStatus, type CasePage as Page } from './cases-api.ts';

export function CasePage({ id, user }: { id: string; user: User }) {
  const page = useQuery(caseQuery(id));
  if (page.isPending) return <p role="status">Loading the case…</p>;
  if (page.error instanceof ApiError && page.error.status === 404)
    return (
      <div className="case-not-found" role="alert">
        <h2>Case not found</h2>
        <p>
          There is no case {id}, or you are not a member of it. Ask its owner to add you.{' '}
          <a href="#/cases">My cases</a>
        </p>
      </div>
    );
  if (page.isError) return <ErrorMessage error={page.error} />;
  const isOwner = page.data.owner === user.username;
  return (
    <div className="case-page" aria-label={`Case ${id}`}>
      <CaseHeader page={page.data} isOwner={isOwner} />
      <div className="case-columns">
        <div>
          <CaseNotes page={page.data} />
          <CaseTimeline caseId={id} events={page.data.timeline} />
        </div>
        <div>
          <CaseMembers page={page.data} isOwner={isOwner} />
          <CaseEvidence page={page.data} />
          <CaseRaised page={page.data} />
        </div>
      </div>
    </div>
  );
}

function CaseHeader({ page, isOwner }: { page: Page; isOwner: boolean }) {
  const setStatus = useSetCaseStatus(page.id);
  const [isEditing, setEditing] = useState(false);
  const next = page.status === 'open' ? 'closed' : 'open';
  return (
    <header className="page-head case-head">
      <p>
        <a href="#/cases">← My cases</a>
      </p>
      {isEditing && page.status === 'open' ? (
        <CaseEditForm page={page} onDone={() => setEditing(false)} />
      ) : (
        <CaseFieldsShown page={page} />
      )}
      <p className="card-actions">
        <EvidencePackLink kind="case" id={page.id} />
        {/* Every member changes an open case; a closed one changes only by being reopened (409). */}
        {page.status === 'open' && !isEditing ? <button onClick={() => setEditing(true)}>Edit</button> : null}
      </p>
      {isOwner ? (
        <button onClick={() => setStatus.mutate(next)} disabled={setStatus.isPending}>
          {page.status === 'open' ? 'Close the case' : 'Reopen the case'}
        </button>
      ) : null}
      <ErrorMessage error={setStatus.error} />
    </header>
  );
}

function CaseFieldsShown({ page }: { page: Page }) {
  return (
    <>
      <h2>
        {page.title} <span className={`status status-${page.status}`}>{page.status}</span>
      </h2>
      <p>
        <strong>{page.caseRef ?? 'No FIR or complaint number'}</strong> · {page.id} · owner {page.owner} ·
        opened {formatInstant(page.createdAt)} · changed {formatInstant(page.updatedAt)}
      </p>
      {page.description ? <p>{page.description}</p> : null}
    </>
  );
}
