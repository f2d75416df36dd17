import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { whenUnauthenticated } from './api/api-client.ts';
import { ErrorMessage } from './api/ErrorMessage.tsx';
import { ChangePasswordPage } from './auth/ChangePasswordForm.tsx';
import { LoginPage } from './auth/LoginPage.tsx';
import { SESSION_ENDED_KEY, SESSION_KEY, useSession } from './auth/session.ts';
import { Shell } from './layout/Shell.tsx';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});
// A session that ends (logout elsewhere, expiry) brings the login page back, saying why; the explorer's
// canvas stays (canvas-store.ts) for the same user's next login.
whenUnauthenticated(() => {
  queryClient.setQueryData(SESSION_ENDED_KEY, true);
  queryClient.setQueryData(SESSION_KEY, null);
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <Session />
    </QueryClientProvider>
  );
}

function Session() {
  const session = useSession();
  if (session.isPending) return <p role="status">Loading…</p>;
  if (session.isError) return <ErrorMessage error={session.error} />;
  if (!session.data) return <LoginPage />;
  if (session.data.mustChangePassword) return <ChangePasswordPage username={session.data.username} />;
  return <Shell user={session.data} />;
}
