// The report a processed feed carries in done/ or rejected/: report.json for the sender's tools and
// report.txt for a person, with every error the import returned (file, line, column, value, reason).
import type { ImportRecord } from '../imports/import-history.ts';
import type { ImportError } from '../ingest/validate-row.ts';

export interface FeedReport {
  record: ImportRecord;
  /** Every error the import returned (up to its cap; `record.errorCount` says how many there were). */
  errors: ImportError[];
  /** A line on the analysis that followed an import. */
  analysis?: string;
}

export function feedReportFiles(report: FeedReport): Record<string, string> {
  return {
    'report.json': JSON.stringify(report, null, 2) + '\n',
    'report.txt': feedReportText(report),
  };
}

const errorLine = (error: ImportError) =>
  error.line > 0
    ? `${error.file}:${error.line} ${error.column} "${error.value}": ${error.reason}`
    : `${error.file}: ${error.reason}`;

export function feedReportText({ record, errors, analysis }: FeedReport): string {
  const lines = [
    `Feed ${record.folder}`,
    `Result: ${record.result}${record.result === 'rejected' ? ' (nothing of it was written)' : ''}`,
    `Started ${record.startedAt}, finished ${record.finishedAt ?? '-'} (${record.seconds ?? '-'} s)`,
  ];
  if (record.mode) lines.push(`Load: ${record.mode}`);
  const counts = Object.entries(record.rowCounts);
  if (counts.length > 0) lines.push(`Rows: ${counts.map(([file, rows]) => `${file} ${rows}`).join(', ')}`);
  if (record.changesAccepted > 0) lines.push(`Stored records changed: ${record.changesAccepted}`);
  if (analysis) lines.push(`Analysis: ${analysis}`);
  if (record.errorCount > 0) {
    lines.push(
      '',
      `${record.errorCount} error(s)${record.conflicts ? `, ${record.conflicts} conflict(s)` : ''}:`,
    );
    lines.push(...errors.map(errorLine));
    if (record.errorCount > errors.length) lines.push(`... and ${record.errorCount - errors.length} more`);
  }
  return lines.join('\n') + '\n';
}
