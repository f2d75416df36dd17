// The newest complaints of a state or district (in scope, or of a ring), each opening on the canvas, and
// the first of them opened together.
import { useQuery } from '@tanstack/react-query';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import { NodeLink } from '../explorer/NodeLink.tsx';
import { explorerLinkFor } from '../explorer/use-open-from-address.ts';
import { formatCount, formatInr } from '../format.ts';
import { placeComplaintsQuery } from './geo-api.ts';

/** Complaints opened together on the canvas: a picture one can still read (the list holds more). */
const OPENED_TOGETHER = 50;

export function PlaceComplaints({
  state,
  district,
  ring,
}: {
  state: string;
  district?: string;
  ring?: string;
}) {
  const list = useQuery(placeComplaintsQuery(state, district, ring));
  const complaints = list.data?.complaints ?? [];
  const opened = complaints.slice(0, OPENED_TOGETHER);
  return (
    <section className="place-complaints" aria-label="Complaints">
      <h4>
        Complaints of {district ? `${district}, ` : ''}
        {state}
        {list.data
          ? ` (${formatCount(list.data.total, 'complaint')}${list.data.truncated ? `, the newest ${complaints.length} listed` : ''})`
          : ''}
      </h4>
      {list.isPending ? <p role="status">Loading the complaints…</p> : null}
      <ErrorMessage error={list.error} />
      {opened.length > 0 ? (
        <a className="button" href={explorerLinkFor(opened.map((complaint) => complaint.id))}>
          Open{' '}
          {opened.length === complaints.length
            ? opened.length === 1
              ? 'it'
              : `all ${opened.length}`
            : `the newest ${opened.length}`}{' '}
          on the canvas
        </a>
      ) : null}
      <table className="compact">
        <thead>
          <tr>
            <th>Acknowledgement (opens on the canvas)</th>
            <th>Reported</th>
            <th>Category</th>
            <th>Channel</th>
            <th>Lost</th>
          </tr>
        </thead>
        <tbody>
          {complaints.map((complaint) => (
            <tr key={complaint.ackNo}>
              <td>
                <NodeLink id={complaint.id} />
              </td>
              <td>{complaint.reportedOn}</td>
              <td>{complaint.category}</td>
              <td>{complaint.channel}</td>
              <td>{formatInr(complaint.amountInr)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
