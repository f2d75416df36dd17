// The Users page's endpoints (admins): the list, and each change as a mutation that refreshes it.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, post } from '../api/api-client.ts';
import type { Role } from '../api/types.ts';
import type { UserListing } from '../../../server/auth/user-routes.ts';
import type { Scope } from '../../../server/auth/scope.ts';

export type { UserListing };

export const usersQuery = queryOptions({
  queryKey: ['users'],
  queryFn: () => api<{ users: UserListing[] }>('/api/users'),
});

export interface NewUser {
  username: string;
  role: Role;
  agency: string;
  scope: Scope;
}

export type UserAction = 'disable' | 'enable' | 'reset-password' | 'end-sessions';

/** The answer to an action: a reset carries the one-time password, shown once. */
export interface UserActionResult {
  username: string;
  oneTimePassword?: string;
  sessionsEnded?: number;
}

export function useAddUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (user: NewUser) =>
      post<{ user: { username: string }; oneTimePassword: string }>('/api/users', user),
    onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useUserAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ username, action }: { username: string; action: UserAction }) =>
      post<UserActionResult>(`/api/users/${encodeURIComponent(username)}/${action}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
}
