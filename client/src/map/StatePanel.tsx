// A state's districts as ranked bars (complaints, with victims and money lost beside them), each opening
// its complaints; the list below holds the state's or the district's newest complaints.
import { useQuery } from '@tanstack/react-query';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import { formatInr, formatNumber } from '../format.ts';
import { complaintsByPlaceQuery } from './geo-api.ts';
import { mapLink, type MapAddress } from './map-address.ts';
import { PlaceComplaints } from './PlaceComplaints.tsx';

export function StatePanel({ address }: { address: MapAddress & { state: string } }) {
  const districts = useQuery(complaintsByPlaceQuery('district', address.ring));
  const money = address.mode === 'money';
  const figureOf = (row: { complaints: number; amountInr: number }) =>
    money ? row.amountInr : row.complaints;
  // Ranked by the figure the map shades (the server ranks by complaints).
  const rows = (districts.data ?? [])
    .filter((row) => row.state === address.state)
    .sort((a, b) => figureOf(b) - figureOf(a));
  const max = Math.max(1, ...rows.map(figureOf));
  return (
    <aside className="map-panel" aria-label={`Districts of ${address.state}`}>
      <h3>
        {address.state}{' '}
        {address.district ? (
          <a className="hint" href={mapLink({ ...address, district: undefined })}>
            (all districts)
          </a>
        ) : null}
      </h3>
      {districts.isPending ? <p role="status">Loading the districts…</p> : null}
      <ErrorMessage error={districts.error} />
      {districts.data && rows.length === 0 ? (
        <p className="empty">No complaints from {address.state}.</p>
      ) : null}
      <table className="ranked-bars" aria-label="Districts">
        <tbody>
          {rows.map((row) => (
            <tr key={row.district} className={row.district === address.district ? 'selected' : undefined}>
              <td>
                <a href={mapLink({ ...address, district: row.district })}>{row.district}</a>
              </td>
              <td className="bar-cell">
                <span
                  className={money ? 'bar bar-money' : 'bar'}
                  style={{ width: `${(100 * figureOf(row)) / max}%` }}
                />
              </td>
              <td>{formatNumber(row.complaints)} complaints</td>
              <td>{formatNumber(row.victims)} victims</td>
              <td>{formatInr(row.amountInr)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <PlaceComplaints state={address.state} district={address.district} ring={address.ring} />
    </aside>
  );
}
