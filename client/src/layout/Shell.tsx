import { may, type User } from '../api/types.ts';
import { AlertsBadge } from '../alerts/AlertsBadge.tsx';
import { AlertsPage } from '../alerts/AlertsPage.tsx';
import { CasesPage } from '../cases/CasesPage.tsx';
import { useLogout } from '../auth/session.ts';
import { canvasStore } from '../explorer/canvas-store.ts';
import { ExplorerPage } from '../explorer/ExplorerPage.tsx';
import { HomePage } from '../home/HomePage.tsx';
import { ReviewPage } from '../review/ReviewPage.tsx';
import { useDecisionNotices } from '../review/use-decision-notices.ts';
import { SuspectsPage } from '../suspects/SuspectsPage.tsx';
import { ChangePasswordForm } from '../auth/ChangePasswordForm.tsx';
import { Dialog } from './Dialog.tsx';
import { lazy, Suspense, useState, type ComponentType } from 'react';
import { useHashView } from './use-hash-view.ts';
import { viewOfPath, viewsFor, type ViewId } from './views.ts';

type PageComponent = ComponentType<{ user: User }>;

/** A page most users open seldom (or never: their role lacks it), fetched when first opened. */
const later = (load: () => Promise<PageComponent>): PageComponent =>
  lazy(async () => ({ default: await load() }));

const PAGES: Record<ViewId, PageComponent> = {
  home: HomePage,
  explorer: ExplorerPage,
  suspects: SuspectsPage,
  map: later(async () => (await import('../map/MapPage.tsx')).MapPage),
  alerts: AlertsPage,
  cases: CasesPage,
  queries: later(async () => (await import('../queries/QueriesPage.tsx')).QueriesPage),
  review: ReviewPage,
  progress: later(async () => (await import('../telecom/ProgressPage.tsx')).ProgressPage),
  exports: later(async () => (await import('../exports/ExportsPage.tsx')).ExportsPage),
  audit: later(async () => (await import('../audit/AuditPage.tsx')).AuditPage),
  imports: later(async () => (await import('../imports/ImportsPage.tsx')).ImportsPage),
  users: later(async () => (await import('../users/UsersPage.tsx')).UsersPage),
};

/** The header (user, role, views, news of my requests, logout) and the current view. */
export function Shell({ user }: { user: User }) {
  const logout = useLogout();
  const [changingPassword, setChangingPassword] = useState(false);
  const views = viewsFor(user);
  const [requested, open] = useHashView();
  const view = views.find((candidate) => candidate.id === viewOfPath(requested)) ?? views[0]!;
  const Page = PAGES[view.id];
  // Before the first render of a page: the canvas kept in this tab is this user's, or it starts empty.
  canvasStore.claim(user.username);
  const decisions = useDecisionNotices(user, may(user, 'request'));
  return (
    <div className="app">
      <header className="app-header">
        <h1>Ringside</h1>
        <nav aria-label="Views">
          {views.map((candidate) => (
            <button
              key={candidate.id}
              className={candidate.id === view.id ? 'tab active' : 'tab'}
              aria-current={candidate.id === view.id ? 'page' : undefined}
              onClick={() => open(candidate.id)}
            >
              {candidate.title}
              {candidate.id === 'alerts' ? <AlertsBadge /> : null}
            </button>
          ))}
        </nav>
        {decisions.notices.length > 0 ? (
          <div className="decision-news" role="status" data-testid="decision-news">
            <a href="#/review" onClick={decisions.dismiss}>
              {decisions.notices.join(' ')}
            </a>
            <button aria-label="Dismiss" onClick={decisions.dismiss}>
              ×
            </button>
          </div>
        ) : null}
        <div className="who" data-testid="who">
          <strong>{user.username}</strong> <span className="role">{user.role}</span>
          {user.agency ? (
            <span className="agency" title={user.agency}>
              {' '}
              · {user.agency}
            </span>
          ) : null}
          {user.scope !== 'national' ? (
            <span className="scope" title="Your jurisdiction: identities elsewhere are masked">
              {' '}
              · {user.scope.join(', ')}
            </span>
          ) : null}
          <button onClick={() => setChangingPassword(true)}>Password</button>
          <button onClick={() => logout.mutate()} disabled={logout.isPending}>
            Log out
          </button>
        </div>
      </header>
      <main className="view">
        <Suspense fallback={<p role="status">Loading…</p>}>
          <Page user={user} />
        </Suspense>
      </main>
      {changingPassword ? (
        <Dialog label="Change password" onClose={() => setChangingPassword(false)}>
          <h2>Change your password</h2>
          <ChangePasswordForm onDone={() => setChangingPassword(false)} />
        </Dialog>
      ) : null}
    </div>
  );
}
