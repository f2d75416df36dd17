import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import { ProgressBars, progressRowOf as rowOf } from '../charts/ProgressBars.tsx';
import { formatCount, formatInstant, formatNumber } from '../format.ts';
import { ConfirmDialog } from '../layout/ConfirmDialog.tsx';
import { progressQuery, useDisconnectOverdue, type ReverificationProgress } from './reverification-api.ts';

/** Share of a request's numbers the operators have answered (re-verified or disconnected). */
const completion = (counts: { numbers: number; reverified: number; disconnected: number }) =>
  counts.numbers === 0 ? 1 : (counts.reverified + counts.disconnected) / counts.numbers;

/**
 * Re-verification after the blocks, for the telecom department: each operator's outcomes as a chart, each
 * approved request's completion, and the bulk disconnection of numbers left pending past the deadline.
 */
export function ProgressPage() {
  const progress = useQuery(progressQuery);
  if (progress.isPending) return <p role="status">Loading re-verification progress…</p>;
  if (progress.error) return <ErrorMessage error={progress.error} />;
  const { byOperator, byRequest, deadlineDays } = progress.data;
  if (byRequest.length === 0) {
    return (
      <div className="progress-view">
        <h2>Re-verification progress</h2>
        <p className="empty">No approved block request has sent numbers to re-verification yet.</p>
      </div>
    );
  }
  const overdue = byOperator.reduce((sum, operator) => sum + operator.overdue, 0);
  return (
    <div className="progress-view">
      <h2>Re-verification progress</h2>
      <p className="hint">
        Operators re-verify every number used in a blocked handset; a number still pending {deadlineDays} days
        after the approval is overdue. Upload operators' outcome files on the Exports page.
      </p>
      <div className="progress-top">
        <ProgressBars label="Outcomes by operator" data={byOperator.map((row) => rowOf(row.operator, row))} />
        <OperatorTable byOperator={byOperator} />
      </div>
      <DisconnectOverdue overdue={overdue} deadlineDays={deadlineDays} />
      <h3>Block requests</h3>
      <table aria-label="Progress by block request">
        <thead>
          <tr>
            <th>Request</th>
            <th>Approved</th>
            <th>Deadline</th>
            <th>Numbers</th>
            <th>Done</th>
            <th>Pending</th>
            <th>Overdue</th>
          </tr>
        </thead>
        <tbody>
          {byRequest.map((request) => (
            <tr key={request.requestId}>
              <td>{request.requestId}</td>
              <td>{formatInstant(request.approvedAt)}</td>
              <td>{request.deadline.slice(0, 10)}</td>
              <td>{formatNumber(request.numbers)}</td>
              <td>
                <meter min={0} max={1} value={completion(request)} /> {Math.floor(completion(request) * 100)}%
              </td>
              <td>{formatNumber(request.pending)}</td>
              <td className={request.overdue > 0 ? 'warn' : undefined}>{formatNumber(request.overdue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function OperatorTable({ byOperator }: { byOperator: ReverificationProgress['byOperator'] }) {
  return (
    <table aria-label="Progress by operator">
      <thead>
        <tr>
          <th>Operator</th>
          <th>Numbers</th>
          <th>Re-verified</th>
          <th>Disconnected</th>
          <th>Pending</th>
          <th>Overdue</th>
        </tr>
      </thead>
      <tbody>
        {byOperator.map((row) => (
          <tr key={row.operator}>
            <td>{row.operator}</td>
            <td>{formatNumber(row.numbers)}</td>
            <td>{formatNumber(row.reverified)}</td>
            <td>{formatNumber(row.disconnected)}</td>
            <td>{formatNumber(row.pending)}</td>
            <td className={row.overdue > 0 ? 'warn' : undefined}>{formatNumber(row.overdue)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The bulk disconnection of overdue numbers, after a confirmation that says how many. */
function DisconnectOverdue({ overdue, deadlineDays }: { overdue: number; deadlineDays: number }) {
  const disconnect = useDisconnectOverdue();
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="disconnect-overdue">
      <button disabled={overdue === 0 || disconnect.isPending} onClick={() => setConfirming(true)}>
        Disconnect {formatCount(overdue, 'overdue number')}…
      </button>
      {disconnect.data ? (
        <span role="status">
          Disconnected {formatCount(disconnect.data.disconnected, 'number')} of{' '}
          {formatCount(disconnect.data.requests.length, 'request')}.
        </span>
      ) : null}
      <ErrorMessage error={disconnect.error} />
      {confirming ? (
        <ConfirmDialog
          label="Confirm disconnection"
          title={`Disconnect ${formatCount(overdue, 'number')}?`}
          action="Disconnect"
          pendingAction="Disconnecting…"
          pending={disconnect.isPending}
          onConfirm={() => disconnect.mutate(undefined, { onSettled: () => setConfirming(false) })}
          onCancel={() => setConfirming(false)}
        >
          <p className="caution">
            These numbers were not re-verified within {deadlineDays} days of the block's approval. They become
            disconnected and go on the revocation list for the banks.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
