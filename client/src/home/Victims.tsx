// Complaints and money lost week by week, and the districts with the most victims, each on the map. When
// the weeks are empty because the data ends earlier (an archive, the demo data), one click moves them to
// the newest complaint.
import { CHART_COLOURS } from '../charts/chart-colours.ts';
import { TimeBars } from '../charts/TimeBars.tsx';
import { formatCount, formatInr } from '../format.ts';
import { mapLink } from '../map/map-address.ts';
import { HomeSection } from './Figure.tsx';
import { homeLink, type InvestigationOverview, type Overview } from './overview-api.ts';

export function Victims({
  overview,
  window,
}: {
  overview: InvestigationOverview;
  window: Overview['window'];
}) {
  const weeks = overview.complaintsByWeek;
  const complaints = weeks.reduce((sum, week) => sum + week.complaints, 0);
  const lost = weeks.reduce((sum, week) => sum + week.amountInr, 0);
  const latest = overview.latestComplaintOn;
  return (
    <>
      <HomeSection title="Complaints and money lost per week" href={mapLink()}>
        <p>
          <a href={mapLink()}>{formatCount(complaints, 'complaint')}</a> ·{' '}
          <a href={mapLink({ mode: 'money' })}>{formatInr(lost)} lost</a> in {window.weeks} weeks
        </p>
        {complaints === 0 && latest && latest < window.from ? (
          <p className="hint" data-testid="stale-weeks">
            No complaints in these weeks: the newest is of {latest}.{' '}
            <a href={homeLink(latest)}>
              Show the {window.weeks} weeks to {latest}
            </a>
          </p>
        ) : null}
        <TimeBars
          label="Complaints and money lost per week"
          data={weeks}
          period="weekStart"
          series={[
            { key: 'complaints', label: 'complaints', colour: CHART_COLOURS.complaints },
            { key: 'amountInr', label: 'money lost', colour: CHART_COLOURS.money, money: true },
          ]}
        />
      </HomeSection>
      <HomeSection title="Districts with the most victims" href={mapLink()}>
        {overview.topDistricts.length === 0 ? <p className="empty">No victims in these weeks.</p> : null}
        <table className="compact">
          <tbody>
            {overview.topDistricts.map((place) => (
              <tr key={`${place.state}|${place.district}`}>
                <td>
                  <a href={mapLink({ state: place.state, district: place.district })}>
                    {place.district}, {place.state}
                  </a>
                </td>
                <td>{formatCount(place.victims, 'victim')}</td>
                <td>{formatCount(place.complaints, 'complaint')}</td>
                <td>{formatInr(place.amountInr)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </HomeSection>
    </>
  );
}
