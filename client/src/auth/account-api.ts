// The user's own account: choosing a password (a one-time one must be replaced first), and revealing an
// identity outside their jurisdiction for the rest of the session.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { post } from '../api/api-client.ts';
import { userOf, type MeResponse, type NodeDetails } from '../api/types.ts';
import { SESSION_KEY } from './session.ts';

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (passwords: { currentPassword: string; newPassword: string }) =>
      post<MeResponse>('/api/auth/password', passwords),
    onSuccess: (me) => client.setQueryData(SESSION_KEY, userOf(me)),
  });
}

export function useRevealIdentity() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ kycId, reason }: { kycId: string; reason: string }) =>
      post<NodeDetails>(`/api/identities/${encodeURIComponent(kycId)}/reveal`, { reason }),
    onSuccess: (details, { kycId }) => {
      client.setQueryData(['node', `Identity:${kycId}`], details);
      // Expansions and searches cached before the reveal still hold the masked identity.
      void client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'node' });
    },
  });
}
