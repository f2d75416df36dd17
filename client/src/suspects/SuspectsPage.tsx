import { useQuery } from '@tanstack/react-query';
import { api } from '../api/api-client.ts';
import { ErrorMessage } from '../api/ErrorMessage.tsx';

interface SuspectHandset {
  imei: string;
  caption: string;
  status: string;
  score: number;
  reasons: string[];
  caution: { kind: string; message: string } | null;
}
interface SuspectDealer {
  posId: string;
  name: string;
  circle: string;
  status: string;
  score: number;
  reasons: string[];
}
interface Ring {
  id: string;
  handsetCount: number;
  numberCount: number;
  complaintCount: number;
  amountLost: number;
  dealers: string[];
}

/** Ranked suspect handsets and dealers with their reasons and cautions, and the detected rings. */
export function SuspectsPage() {
  const handsets = useQuery({
    queryKey: ['suspects', 'handsets'],
    queryFn: () => api<{ handsets: SuspectHandset[] }>('/api/suspects/handsets?limit=100'),
  });
  const dealers = useQuery({
    queryKey: ['suspects', 'dealers'],
    queryFn: () => api<{ dealers: SuspectDealer[] }>('/api/suspects/dealers?limit=50'),
  });
  const rings = useQuery({
    queryKey: ['rings'],
    queryFn: () => api<{ rings: Ring[] }>('/api/rings?limit=100'),
  });
  return (
    <div className="suspects">
      <section>
        <h2>Rings</h2>
        {rings.isPending ? <p role="status">Loading rings…</p> : null}
        <ErrorMessage error={rings.error} />
        {rings.data?.rings.length === 0 ? <p className="empty">No rings detected.</p> : null}
        {rings.data && rings.data.rings.length > 0 ? (
          <table>
            <thead>
              <tr>
                <th>Ring (opens on the canvas)</th>
                <th>Handsets</th>
                <th>Numbers</th>
                <th>Complaints</th>
                <th>Lost (₹)</th>
                <th>Dealers</th>
              </tr>
            </thead>
            <tbody>
              {rings.data.rings.map((ring) => (
                <tr key={ring.id}>
                  <td>
                    <a href={`#/explorer?ring=${ring.id}`}>{ring.id}</a>
                  </td>
                  <td>{ring.handsetCount}</td>
                  <td>{ring.numberCount}</td>
                  <td>{ring.complaintCount}</td>
                  <td>{ring.amountLost.toLocaleString('en-IN')}</td>
                  <td>{ring.dealers.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
      <section>
        <h2>Suspect handsets</h2>
        {handsets.isPending ? <p role="status">Loading handsets…</p> : null}
        <ErrorMessage error={handsets.error} />
        <ol className="ranked">
          {handsets.data?.handsets.map((handset) => (
            <li key={handset.imei}>
              <strong>{handset.imei}</strong> {handset.caption} · score {Math.round(handset.score)} ·{' '}
              {handset.status}
              {handset.caution ? <span className="caution"> Caution: {handset.caution.message}</span> : null}
              <div className="reasons">{handset.reasons.join(' · ')}</div>
            </li>
          ))}
        </ol>
      </section>
      <section>
        <h2>Suspect dealers</h2>
        {dealers.isPending ? <p role="status">Loading dealers…</p> : null}
        <ErrorMessage error={dealers.error} />
        <ol className="ranked">
          {dealers.data?.dealers.map((dealer) => (
            <li key={dealer.posId}>
              <strong>{dealer.posId}</strong> {dealer.name} ({dealer.circle}) · score{' '}
              {Math.round(dealer.score)} · {dealer.status}
              <div className="reasons">{dealer.reasons.join(' · ')}</div>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
