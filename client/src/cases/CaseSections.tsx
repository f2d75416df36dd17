// The parts of a case's page that show what the case holds: saved views (links that open them on the
// canvas), pinned evidence (which members remove), the requests and flags raised from it, and the timeline.
import { useState } from 'react';
import type { AuditEvent } from '../../../server/audit/audit-trail.ts';
import type { CasePin } from '../../../server/cases/pins.ts';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import { NodeLink } from '../explorer/NodeLink.tsx';
import { formatCount, formatInstant } from '../format.ts';
import { useUnpinNode, viewLink, type CasePage } from './cases-api.ts';

export function CaseEvidence({ page }: { page: CasePage }) {
  return (
    <>
      <section className="panel" aria-label="Saved views">
        <h3>Saved views</h3>
        {page.views.length === 0 ? (
          <p className="empty">No views yet: save one from the Explorer (“Save view to case”).</p>
        ) : null}
        <ul>
          {page.views.map((view) => (
            <li key={view.id}>
              <a href={viewLink(page.id, view.id)}>{view.name}</a>{' '}
              <small className="muted">
                {formatCount(view.nodeCount, 'node')} · {view.savedBy}, {formatInstant(view.savedAt)}
              </small>
            </li>
          ))}
        </ul>
      </section>
      <section className="panel" aria-label="Pinned evidence">
        <h3>Pinned evidence</h3>
        {page.pins.length === 0 ? (
          <p className="empty">Nothing pinned: select a node in the Explorer and “Pin to case”.</p>
        ) : null}
        <ul className="pins">
          {page.pins.map((pin) => (
            <PinItem key={pin.id} pin={pin} caseId={page.id} canRemove={page.status === 'open'} />
          ))}
        </ul>
      </section>
    </>
  );
}

/**
 * A pinned node with its comment. Removing evidence from a case asks once more (it is recorded on the
 * timeline, and pinning it again needs the Explorer); a closed case keeps its pins (the server says 409).
 */
function PinItem({ pin, caseId, canRemove }: { pin: CasePin; caseId: string; canRemove: boolean }) {
  const unpin = useUnpinNode(caseId);
  const [isConfirming, setConfirming] = useState(false);
  return (
    <li>
      {pin.node ? (
        <NodeLink id={pin.id} text={pinText(pin.label, pin.key, pin.node.caption)} />
      ) : (
        <span className="muted">{pin.id} (no longer in the graph)</span>
      )}{' '}
      — {pin.comment}{' '}
      <small className="muted">
        {pin.pinnedBy}, {formatInstant(pin.pinnedAt)}
      </small>
      {canRemove && !isConfirming ? (
        <button aria-label={`Remove ${pin.id} from the case`} onClick={() => setConfirming(true)}>
          Remove
        </button>
      ) : null}
      {canRemove && isConfirming ? (
        <span role="group" aria-label={`Remove ${pin.id}?`}>
          {' '}
          Remove it from the case?{' '}
          <button onClick={() => unpin.mutate(pin.id)} disabled={unpin.isPending}>
            {unpin.isPending ? 'Removing…' : 'Yes, remove'}
          </button>
          <button onClick={() => setConfirming(false)} disabled={unpin.isPending}>
            Keep
          </button>
        </span>
      ) : null}
      <ErrorMessage error={unpin.error} />
    </li>
  );
}

/** "Handset 8655… (Nokia 105)"; the caption left out when it only repeats the key. */
const pinText = (label: string, key: string, caption: string) =>
  caption.includes(key) ? `${label} ${key}` : `${label} ${key} (${caption})`;

export function CaseRaised({ page }: { page: CasePage }) {
  const none = page.blockRequests.length === 0 && page.dealerFlags.length === 0;
  return (
    <section className="panel" aria-label="Requests and flags">
      <h3>Block requests and dealer flags</h3>
      {none ? <p className="empty">None raised from this case.</p> : null}
      <ul>
        {page.blockRequests.map((request) => (
          <li key={request.id}>
            {request.id} · block of {formatCount(request.handsetCount, 'handset')} ·{' '}
            <span className={`status status-${request.status}`}>{request.status}</span> · {request.reason}{' '}
            <small className="muted">
              {request.requestedBy}, {formatInstant(request.requestedAt)}
              {request.decidedBy
                ? `; decided by ${request.decidedBy}, ${formatInstant(request.decidedAt)}`
                : ''}
            </small>
          </li>
        ))}
        {page.dealerFlags.map((flag) => (
          <li key={flag.id}>
            {flag.id} · flag of <NodeLink id={`Dealer:${flag.posId}`} text={flag.dealerName} /> ·{' '}
            <span className={`status status-${flag.status}`}>{flag.status}</span> · {flag.reason}{' '}
            <small className="muted">
              {flag.flaggedBy}, {formatInstant(flag.flaggedAt)}
            </small>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What each audited action did, as the timeline says it; others show their action's name. */
const DID: Record<string, string> = {
  'case.create': 'opened the case',
  'case.update': 'changed the case',
  'case.close': 'closed the case',
  'case.reopen': 'reopened the case',
  'case.member_add': 'added a member',
  'case.member_remove': 'removed a member',
  'case.note_add': 'added a note',
  'case.view_save': 'saved a view',
  'case.pin': 'pinned evidence',
  'case.unpin': 'unpinned evidence',
  'alert.raise': 'raised',
  'alert.update': 'updated',
  'alert.assign': 'assigned to the case',
  'block_request.create': 'requested a block',
  'block_request.approve': 'approved',
  'block_request.reject': 'rejected',
  'dealer_flag.create': 'flagged a dealer',
  'dealer_flag.approve': 'approved',
  'dealer_flag.reject': 'rejected',
};

/** Every audit event about the case, its requests, flags and alerts, oldest first. */
export function CaseTimeline({ caseId, events }: { caseId: string; events: AuditEvent[] }) {
  return (
    <section className="panel" aria-label="Timeline">
      <h3>Timeline</h3>
      {events.length === 0 ? <p className="empty">Nothing has happened yet.</p> : null}
      <ol className="timeline">
        {events.map((event) => (
          <li key={event.id}>
            <time>{formatInstant(event.at)}</time> <strong>{event.actor}</strong>{' '}
            <span title={event.action}>{DID[event.action] ?? event.action}</span>{' '}
            {event.target !== `Case:${caseId}` ? <span className="muted">{event.target}</span> : null}
            {summary(event) ? <span> — {summary(event)}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The one detail of an event a reader of the timeline wants (a member's name, a view's), if any. */
function summary({ details }: AuditEvent): string {
  if (details.changes && typeof details.changes === 'object')
    return changesText(details.changes as Record<string, { from: unknown; to: unknown }>);
  for (const key of ['username', 'name', 'title', 'reason', 'note', 'comment', 'until', 'node'])
    if (typeof details[key] === 'string' && details[key]) return details[key];
  return '';
}

const FIELD_NAMES: Record<string, string> = { title: 'title', caseRef: 'FIR or complaint number' };

/**
 * A case's edit as the timeline says it: `title "A" → "B"; FIR or complaint number removed; description`
 * (a description is too long to quote). Its status is the event's own action (closed, reopened).
 */
function changesText(changes: Record<string, { from: unknown; to: unknown }>): string {
  const quoted = (value: unknown) => `“${String(value)}”`;
  return Object.entries(changes)
    .filter(([field]) => field !== 'status')
    .map(([field, { from, to }]) => {
      const name = FIELD_NAMES[field];
      if (!name) return field;
      if (to === null || to === undefined) return `${name} ${quoted(from)} removed`;
      if (from === null || from === undefined) return `${name} ${quoted(to)}`;
      return `${name} ${quoted(from)} → ${quoted(to)}`;
    })
    .join('; ');
}
