// Imports (admins): every import, from the inbox and the command line, with its folder, what it read,
// its result, conflicts and errors (the first ones, unfolded on demand) and how long it took.
import { useQuery } from '@tanstack/react-query';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import { formatCount, formatInstant, formatNumber } from '../format.ts';
import { importsQuery, type ImportRecord } from './imports-api.ts';

export function ImportsPage() {
  const imports = useQuery(importsQuery);
  return (
    <section className="imports-page">
      <div className="page-head">
        <h2>Imports</h2>
      </div>
      {imports.isPending ? <p role="status">Loading the import history…</p> : null}
      <ErrorMessage error={imports.error} />
      {imports.data?.imports.length === 0 ? (
        <p className="empty">No imports yet: feeds put in the inbox and `npm run import` runs appear here.</p>
      ) : null}
      {imports.data && imports.data.imports.length > 0 ? (
        <div className="table-scroll imports-table">
          <table className="table">
            <thead>
              <tr>
                <th>When (UTC)</th>
                <th>Folder</th>
                <th>Source</th>
                <th>Result</th>
                <th>Load</th>
                <th>Rows</th>
                <th>Conflicts</th>
                <th>Errors</th>
                <th>Duration</th>
              </tr>
            </thead>
            <tbody>
              {imports.data.imports.map((record) => (
                <ImportRow key={record.id} record={record} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

function ImportRow({ record }: { record: ImportRecord }) {
  return (
    <tr data-testid="import-row">
      <td>{formatInstant(record.startedAt)}</td>
      <td className="import-folder" title={record.movedTo ? `now in ${record.movedTo}` : undefined}>
        {record.folder}
      </td>
      <td>{record.source}</td>
      <td className={`import-result ${record.result}`}>{record.result}</td>
      <td>{record.mode ?? '–'}</td>
      <td>
        <RowCounts counts={record.rowCounts} />
      </td>
      <td>{record.conflicts > 0 ? formatNumber(record.conflicts) : '–'}</td>
      <td>
        <FirstErrors record={record} />
      </td>
      <td>{record.seconds === undefined ? '–' : `${record.seconds.toFixed(1)} s`}</td>
    </tr>
  );
}

/** Rows read per file, the total first. */
function RowCounts({ counts }: { counts: ImportRecord['rowCounts'] }) {
  const files = Object.entries(counts);
  if (files.length === 0) return <>–</>;
  const total = files.reduce((sum, [, rows]) => sum + rows, 0);
  return (
    <span title={files.map(([file, rows]) => `${file}: ${formatNumber(rows)}`).join('\n')}>
      {formatCount(total, 'row')}
      <span className="hint"> in {formatCount(files.length, 'file')}</span>
    </span>
  );
}

function FirstErrors({ record }: { record: ImportRecord }) {
  if (record.errorCount === 0) return <>–</>;
  return (
    <details>
      <summary>{formatCount(record.errorCount, 'error')}</summary>
      <ul className="import-errors">
        {record.firstErrors.map((error, index) => (
          <li key={index}>
            {error.line > 0
              ? `${error.file}:${error.line} ${error.column} "${error.value}": `
              : `${error.file}: `}
            {error.reason}
          </li>
        ))}
        {record.errorCount > record.firstErrors.length ? (
          <li className="hint">
            and {formatNumber(record.errorCount - record.firstErrors.length)} more (in the feed's report)
          </li>
        ) : null}
      </ul>
    </details>
  );
}
