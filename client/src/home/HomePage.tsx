// The first view after login: the figures of the user's work in their jurisdiction, one request for the
// whole page, a section for each kind of work the role does (the server sends only those).
import { useQuery } from '@tanstack/react-query';
import type { User } from '../api/types.ts';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import { useHashParams } from '../layout/use-hash-view.ts';
import { InvestigationHome } from './InvestigationHome.tsx';
import { overviewQuery } from './overview-api.ts';
import { SystemHome } from './SystemHome.tsx';
import { TelecomHome } from './TelecomHome.tsx';

export function HomePage({ user }: { user: User }) {
  const until = useHashParams().get('until') ?? undefined;
  const overview = useQuery(overviewQuery(until));
  const data = overview.data;
  return (
    <div className="home" data-testid="home">
      <h2>
        Home{' '}
        <span className="hint">
          {user.scope === 'national' ? 'national' : user.scope.join(', ')}
          {data && (data.investigation || data.telecom)
            ? ` · weeks ${data.window.from} to ${data.window.to}`
            : null}
        </span>
      </h2>
      {overview.isPending ? <p role="status">Loading the figures…</p> : null}
      <ErrorMessage error={overview.error} />
      {data && !data.investigation && !data.telecom && !data.system ? (
        <p className="empty">Nothing to show for your role yet.</p>
      ) : null}
      {data?.investigation ? <InvestigationHome overview={data.investigation} window={data.window} /> : null}
      {data?.telecom ? <TelecomHome overview={data.telecom} /> : null}
      {data?.system ? <SystemHome overview={data.system} /> : null}
    </div>
  );
}
