// The admin's home: the recent imports and how they ended, the users by role, failed logins, and how many
// events the audit trail records a day.
import { CHART_COLOURS } from '../charts/chart-colours.ts';
import { TimeBars } from '../charts/TimeBars.tsx';
import { formatCount, formatInstant, formatNumber } from '../format.ts';
import { Figure, HomeSection } from './Figure.tsx';
import type { SystemOverview } from './overview-api.ts';

export function SystemHome({ overview }: { overview: SystemOverview }) {
  const { users, failedLogins, recentImports, auditByDay } = overview;
  const events = auditByDay.reduce((sum, day) => sum + day.events, 0);
  return (
    <div className="home-grid" data-testid="home-system">
      <div className="figures wide">
        <Figure value={users.total} label="users" href="#/users" />
        <Figure value={users.disabled} label="disabled" href="#/users" />
        <Figure
          value={failedLogins.count}
          label={`failed logins since ${failedLogins.since}`}
          href="#/audit"
          warnWhenAny
        />
        <Figure value={events} label={`audit events in ${auditByDay.length} days`} href="#/audit" />
        <Figure
          value={recentImports.filter((record) => record.result !== 'imported').length}
          label={`refused or failed of the last ${formatCount(recentImports.length, 'import')}`}
          href="#/imports"
        />
      </div>
      <HomeSection title="Recent imports" href="#/imports" wide>
        {recentImports.length === 0 ? <p className="empty">No imports yet.</p> : null}
        <table className="compact" aria-label="Recent imports">
          <tbody>
            {recentImports.map((record) => (
              <tr key={record.id}>
                <td>
                  <a href="#/imports">{record.folder}</a>
                </td>
                <td>{record.source}</td>
                <td>{formatInstant(record.startedAt)}</td>
                <td className={record.result === 'imported' ? 'ok' : 'warn'}>{record.result}</td>
                <td>{formatNumber(record.rows)} rows</td>
                <td>{record.errorCount > 0 ? formatCount(record.errorCount, 'error') : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </HomeSection>
      <HomeSection title="Users by role" href="#/users">
        <ul className="home-list" aria-label="Users by role">
          {Object.entries(users.byRole).map(([role, count]) => (
            <li key={role}>
              <a href="#/users">{role}</a>: {formatNumber(count)}
            </li>
          ))}
        </ul>
      </HomeSection>
      <HomeSection title="Failed logins" href="#/audit">
        {failedLogins.recent.length === 0 ? (
          <p className="empty">No failed logins since {failedLogins.since}.</p>
        ) : null}
        <ul className="home-list" aria-label="Failed logins">
          {failedLogins.recent.map((failure) => (
            <li key={`${failure.at}|${failure.username}`}>
              {formatInstant(failure.at)} · {failure.username}
              {failure.reason ? ` · ${failure.reason}` : ''}
              {failure.address ? ` · ${failure.address}` : ''}
            </li>
          ))}
        </ul>
      </HomeSection>
      <HomeSection title="Audit events per day" href="#/audit" wide>
        <TimeBars
          label="Audit events per day"
          data={auditByDay}
          period="day"
          width={1000}
          height={180}
          series={[{ key: 'events', label: 'events', colour: CHART_COLOURS.events }]}
        />
      </HomeSection>
    </div>
  );
}
