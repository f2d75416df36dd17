import { useQuery } from '@tanstack/react-query';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import { formatInstant, formatNumber } from '../format.ts';
import { exportHistoryQuery } from './exports-api.ts';
import { OPERATORS } from '../../../server/ingest/identifiers.ts';
import { may, type User } from '../api/types.ts';
import { OutcomesUpload } from '../telecom/OutcomesUpload.tsx';

/**
 * The lists for the telecom department and the banks, the operators' outcome files (for those who follow
 * re-verification), and the record of past downloads.
 */
export function ExportsPage({ user }: { user: User }) {
  const history = useQuery(exportHistoryQuery);
  return (
    <div className="exports">
      <h2>Downloads</h2>
      <ul className="downloads">
        <li>
          <a href="/api/exports/block-list.csv" download>
            Block list (approved IMEIs)
          </a>
        </li>
        <li>
          <a href="/api/exports/reverification.csv" download>
            Re-verification list (all operators)
          </a>
          {' · by operator: '}
          {OPERATORS.map((operator) => (
            <a key={operator} href={`/api/exports/reverification.csv?operator=${operator}`} download>
              {operator}{' '}
            </a>
          ))}
        </li>
        <li>
          <a href="/api/exports/dealer-blacklist.csv" download>
            Dealer blacklist
          </a>
        </li>
        <li>
          <a href="/api/exports/revocation-list.csv" download>
            Revocation list (disconnected numbers, for banks)
          </a>
        </li>
        <li>
          <a href="/api/exports/number-risk.csv" download>
            Number risk grades (for banks)
          </a>
        </li>
      </ul>
      {may(user, 'reverification') ? <OutcomesUpload /> : null}
      <h2>Export history</h2>
      {history.isPending ? <p role="status">Loading…</p> : null}
      <ErrorMessage error={history.error} />
      {history.data?.exports.length === 0 ? <p className="empty">Nothing exported yet.</p> : null}
      {history.data && history.data.exports.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th>When</th>
              <th>List</th>
              <th>By</th>
              <th>Rows</th>
              <th>SHA-256</th>
            </tr>
          </thead>
          <tbody>
            {history.data.exports.map((batch) => (
              <tr key={batch.id}>
                <td>{formatInstant(batch.exportedAt)}</td>
                <td>
                  {batch.kind} {batch.filter !== '{}' ? batch.filter : ''}
                </td>
                <td>{batch.exportedBy}</td>
                <td>{formatNumber(batch.rows)}</td>
                <td>
                  <code>{batch.sha256.slice(0, 16)}…</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
