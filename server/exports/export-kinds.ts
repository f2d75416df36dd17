// The three lists the telecom department exports: file name, columns, the statement that yields their
// rows in that column order, and how a filter from the query string becomes its parameters.
export interface ExportKindSpec {
  statement: string;
  columns: readonly string[];
  params(filter: Record<string, string | undefined>): Record<string, unknown>;
}

const noParams = () => ({});

export const EXPORT_KINDS = {
  'block-list': {
    statement: 'app/exports/block-list',
    columns: [
      'imei',
      'tac',
      'brand',
      'model',
      'request_id',
      'case_ref',
      'reason',
      'approved_by',
      'approved_at',
    ],
    params: noParams,
  },
  reverification: {
    statement: 'app/exports/reverification',
    columns: ['msisdn', 'operator', 'circle', 'imei', 'first_seen', 'last_seen', 'request_id'],
    // A range over the index's first property: one operator, or all of them.
    params: ({ operator }) => ({ firstOperator: operator ?? '', lastOperator: operator ?? '\uffff' }),
  },
  'dealer-blacklist': {
    statement: 'app/exports/dealer-blacklist',
    columns: ['pos_id', 'name', 'operator', 'circle', 'blacklisted_on', 'blacklisted_until', 'reason'],
    params: noParams,
  },
} as const satisfies Record<string, ExportKindSpec>;

export type ExportKind = keyof typeof EXPORT_KINDS;
