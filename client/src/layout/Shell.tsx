import type { User } from '../api/types.ts';
import { useLogout } from '../auth/session.ts';
import { AuditPage } from '../audit/AuditPage.tsx';
import { ExplorerPage } from '../explorer/ExplorerPage.tsx';
import { ExportsPage } from '../exports/ExportsPage.tsx';
import { QueriesPage } from '../queries/QueriesPage.tsx';
import { ReviewPage } from '../review/ReviewPage.tsx';
import { SuspectsPage } from '../suspects/SuspectsPage.tsx';
import { useHashView } from './use-hash-view.ts';
import { viewsFor, type ViewId } from './views.ts';

const PAGES: Record<ViewId, (props: { user: User }) => React.JSX.Element> = {
  explorer: ExplorerPage,
  suspects: SuspectsPage,
  queries: QueriesPage,
  review: ReviewPage,
  exports: ExportsPage,
  audit: AuditPage,
};

/** The header (user, role, views, logout) and the current view. */
export function Shell({ user }: { user: User }) {
  const logout = useLogout();
  const views = viewsFor(user.role);
  const [requested, open] = useHashView();
  const view = views.find((candidate) => candidate.id === requested) ?? views[0]!;
  const Page = PAGES[view.id];
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
            </button>
          ))}
        </nav>
        <div className="who" data-testid="who">
          <strong>{user.username}</strong> <span className="role">{user.role}</span>
          {user.agency ? <span className="agency"> · {user.agency}</span> : null}
          <button onClick={() => void logout()}>Log out</button>
        </div>
      </header>
      <main className="view">
        <Page user={user} />
      </main>
    </div>
  );
}
