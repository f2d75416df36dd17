// The record of past downloads for the telecom department.
import { queryOptions } from '@tanstack/react-query';
import { api } from '../api/api-client.ts';

export interface ExportBatch {
  id: string;
  kind: string;
  filter: string;
  exportedBy: string;
  exportedAt: string;
  rows: number;
  sha256: string;
}

export const exportHistoryQuery = queryOptions({
  queryKey: ['exports'],
  queryFn: () => api<{ exports: ExportBatch[] }>('/api/exports'),
  refetchInterval: 5_000,
});
