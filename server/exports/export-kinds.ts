// The three lists the telecom department exports: file name, columns, and the statement that yields
// their rows in that column order.
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
  },
  reverification: {
    statement: 'app/exports/reverification',
    columns: ['msisdn', 'operator', 'circle', 'imei', 'first_seen', 'last_seen', 'request_id'],
  },
  'dealer-blacklist': {
    statement: 'app/exports/dealer-blacklist',
    columns: ['pos_id', 'name', 'operator', 'circle', 'blacklisted_on', 'blacklisted_until', 'reason'],
  },
} as const;

export type ExportKind = keyof typeof EXPORT_KINDS;
