// The logged-in user, from GET /api/auth/me (null when there is no session), and logging in and out.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, post } from '../api/api-client.ts';
import { userOf, type MeResponse, type User } from '../api/types.ts';
import { canvasStore } from '../explorer/canvas-store.ts';

export const SESSION_KEY = ['session'];

export const sessionQuery = queryOptions({
  queryKey: SESSION_KEY,
  queryFn: async (): Promise<User | null> => {
    try {
      return userOf(await api<MeResponse>('/api/auth/me'));
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },
  staleTime: Infinity,
});

export const useSession = () => useQuery(sessionQuery);

/** Set when a session ended without a logout (expiry, server restart): the login page says so. */
export const SESSION_ENDED_KEY = ['session-ended'];

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (credentials: { username: string; password: string }) =>
      post<MeResponse>('/api/auth/login', credentials),
    onSuccess: (me) => {
      client.setQueryData(SESSION_ENDED_KEY, false);
      client.setQueryData(SESSION_KEY, userOf(me));
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => post('/api/auth/logout'),
    onSettled: () => {
      // A deliberate logout ends the investigation on this device: the next user starts empty.
      canvasStore.clear();
      // The session query keeps its observer (clear() would orphan it and the login page never shows).
      client.setQueryData(SESSION_KEY, null);
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
    },
  });
}
