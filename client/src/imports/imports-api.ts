// The Imports page's endpoint (admins): the import history, newest first, refreshed while the page is
// open so that feeds the inbox takes in appear by themselves.
import { queryOptions } from '@tanstack/react-query';
import { api } from '../api/api-client.ts';
import type { ImportRecord } from '../../../server/imports/import-history.ts';

export type { ImportRecord };

export const importsQuery = queryOptions({
  queryKey: ['imports'],
  queryFn: () => api<{ imports: ImportRecord[] }>('/api/imports'),
  refetchInterval: 10_000,
});
