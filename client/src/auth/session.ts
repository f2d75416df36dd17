// The logged-in user, from GET /api/auth/me (null when there is no session).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, post } from '../api/api-client.ts';
import type { User } from '../api/types.ts';

export const SESSION_KEY = ['session'];

export function useSession() {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: async () => {
      try {
        return (await api<{ user: User }>('/api/auth/me')).user;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: Infinity,
  });
}

export function useLogout() {
  const client = useQueryClient();
  return async () => {
    await post('/api/auth/logout');
    client.clear();
    client.setQueryData(SESSION_KEY, null);
  };
}
