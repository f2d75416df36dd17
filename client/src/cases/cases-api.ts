// Cases: the caller's cases, one case's page, a saved view, and the writes (open a case, change its
// title, reference and description, members, notes, views, pins and their removal, close and reopen) as
// mutations that refresh what they change. To a non-member a case is a 404, as one that does not exist.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, post, queryString } from '../api/api-client.ts';
import type { CasePage } from '../../../server/cases/case-page.ts';
import type { CaseSummary, NewCase } from '../../../server/cases/cases.ts';
import type { CaseNote } from '../../../server/cases/notes.ts';
import type { CasePin } from '../../../server/cases/pins.ts';
import type { SavedView, ViewGroup, ViewNode } from '../../../server/cases/views.ts';
import type { NodeLabel } from '../api/types.ts';

export type { CasePage, CaseSummary, SavedView, ViewGroup };

const casePath = (id: string) => `/api/cases/${encodeURIComponent(id)}`;

export const casesQuery = (status?: 'open' | 'closed') =>
  queryOptions({
    queryKey: ['cases', 'list', status ?? 'any'],
    queryFn: () => api<{ cases: CaseSummary[] }>(`/api/cases?${queryString({ status })}`),
  });

export const caseQuery = (id: string) =>
  queryOptions({ queryKey: ['cases', 'page', id], queryFn: () => api<CasePage>(casePath(id)) });

export const caseViewQuery = (caseId: string, viewId: string) =>
  queryOptions({
    queryKey: ['cases', 'view', caseId, viewId],
    queryFn: () => api<SavedView>(`${casePath(caseId)}/views/${encodeURIComponent(viewId)}`),
    // A view opens on the graph as it is now: never from an old answer.
    staleTime: 0,
  });

export const caseLink = (id: string) => `#/cases/${encodeURIComponent(id)}`;
export const viewLink = (caseId: string, viewId: string) =>
  `${caseLink(caseId)}/views/${encodeURIComponent(viewId)}`;

/** A write to cases: every case query (lists and pages) is refreshed after it. */
function useCaseWrite<Input, Output>(write: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => client.invalidateQueries({ queryKey: ['cases'] }),
  });
}

export const useCreateCase = () => useCaseWrite((fields: NewCase) => post<CaseSummary>('/api/cases', fields));

export const useSetCaseStatus = (id: string) =>
  useCaseWrite((status: 'open' | 'closed') =>
    api<CaseSummary>(casePath(id), { method: 'PATCH', body: { status } }),
  );

/** A case's fields as its members change them: an empty reference or description removes it. */
export interface CaseFields {
  title: string;
  caseRef: string;
  description: string;
}

export const useUpdateCase = (id: string) =>
  useCaseWrite((fields: CaseFields) => api<CaseSummary>(casePath(id), { method: 'PATCH', body: fields }));

export const useAddMember = (id: string) =>
  useCaseWrite((username: string) => post<CaseSummary>(`${casePath(id)}/members`, { username }));

export const useRemoveMember = (id: string) =>
  useCaseWrite((username: string) =>
    api<CaseSummary>(`${casePath(id)}/members/${encodeURIComponent(username)}`, { method: 'DELETE' }),
  );

/** A note, or a correction of one (`supersedes`): notes are never changed. */
export const useAddNote = (id: string) =>
  useCaseWrite((note: { text: string; supersedes?: string }) =>
    post<CaseNote>(`${casePath(id)}/notes`, note),
  );

export interface NewView {
  name: string;
  nodes: ViewNode[];
  groups: ViewGroup[];
  hiddenKinds: NodeLabel[];
  dateWindow: { from: string; to: string };
  selection: string[];
  highlight: string[];
}

export const useSaveView = () =>
  useCaseWrite(({ caseId, view }: { caseId: string; view: NewView }) =>
    post<{ id: string }>(`${casePath(caseId)}/views`, view),
  );

export const usePinNode = () =>
  useCaseWrite(({ caseId, nodeId, comment }: { caseId: string; nodeId: string; comment: string }) =>
    post<CasePin>(`${casePath(caseId)}/pins`, { id: nodeId, comment }),
  );

export const useUnpinNode = (caseId: string) =>
  useCaseWrite((nodeId: string) =>
    api<void>(`${casePath(caseId)}/pins/${encodeURIComponent(nodeId)}`, { method: 'DELETE' }),
  );
