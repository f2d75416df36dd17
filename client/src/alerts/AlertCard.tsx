import { useState, type ReactNode } from 'react';
import { NodeLink } from '../explorer/NodeLink.tsx';
import { explorerLinkFor } from '../explorer/use-open-from-address.ts';
import { formatCount, formatInstant } from '../format.ts';
import { caseLink } from '../cases/cases-api.ts';
import { AlertEvidence } from './AlertEvidence.tsx';
import type { AlertView } from './alerts-api.ts';
import { AlertTriage } from './AlertTriage.tsx';

/** One alert: score, rule, subject and sentence; the evidence graph on demand; triage while it is open. */
export function AlertCard({ alert, onDone }: { alert: AlertView; onDone(notice: ReactNode): void }) {
  const [showEvidence, setShowEvidence] = useState(false);
  const evidence = [...new Set([alert.subject, ...alert.evidence.nodes])];
  const isOpen = alert.status === 'new' || alert.status === 'snoozed';
  return (
    <article className="card alert-card" aria-label={`Alert ${alert.id}`}>
      <h3>
        <span className="score" title="Score (0-100)">
          {Math.round(alert.score)}
        </span>{' '}
        {alert.rule} · <NodeLink id={alert.subject} text={alert.subject.replace(':', ' ')} /> ·{' '}
        <span className={`status status-${alert.status}`}>{alert.status}</span>
      </h3>
      <p>{alert.evidence.sentence}</p>
      <p className="muted">
        {alert.id} · raised {formatInstant(alert.createdAt)}
        {alert.updatedAt !== alert.createdAt ? `, updated ${formatInstant(alert.updatedAt)}` : ''}
        {alert.snoozedUntil && alert.status === 'snoozed'
          ? ` · snoozed until ${formatInstant(alert.snoozedUntil)}`
          : ''}
        {alert.dismissReason ? ` · dismissed: ${alert.dismissReason}` : ''}
        {alert.caseId ? (
          <>
            {' '}
            · case <a href={caseLink(alert.caseId)}>{alert.caseId}</a>
          </>
        ) : null}
      </p>
      <div className="row-actions">
        <button onClick={() => setShowEvidence(!showEvidence)} aria-expanded={showEvidence}>
          {showEvidence ? 'Hide evidence' : `Evidence (${formatCount(evidence.length, 'node')})`}
        </button>
        <a href={explorerLinkFor(evidence)}>Open in the Explorer</a>
      </div>
      {showEvidence ? <AlertEvidence id={alert.id} subject={alert.subject} /> : null}
      {isOpen ? <AlertTriage alert={alert} evidence={evidence} onDone={onDone} /> : null}
    </article>
  );
}
