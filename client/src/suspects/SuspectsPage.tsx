import { useQuery } from '@tanstack/react-query';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import { NodeLink } from '../explorer/NodeLink.tsx';
import { EvidencePackLink } from '../evidence/EvidencePackLink.tsx';
import { ringLinkFor } from '../explorer/use-open-from-address.ts';
import { formatInr, formatNumber } from '../format.ts';
import { mapLink } from '../map/map-address.ts';
import { ringsQuery, suspectDealersQuery, suspectHandsetsQuery } from './suspects-api.ts';

/** Ranked suspect handsets and dealers with their reasons and cautions, and the detected rings. */
export function SuspectsPage() {
  const handsets = useQuery(suspectHandsetsQuery(100));
  const dealers = useQuery(suspectDealersQuery(50));
  const rings = useQuery(ringsQuery(100));
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
                <th>Lost</th>
                <th>Dealers</th>
                <th>Footprint</th>
                <th>Evidence</th>
              </tr>
            </thead>
            <tbody>
              {rings.data.rings.map((ring) => (
                <tr key={ring.id}>
                  <td>
                    <a href={ringLinkFor(ring.id)}>{ring.id}</a>
                  </td>
                  <td>{formatNumber(ring.handsetCount)}</td>
                  <td>{formatNumber(ring.numberCount)}</td>
                  <td>{formatNumber(ring.complaintCount)}</td>
                  <td>{formatInr(ring.amountLost)}</td>
                  <td>
                    {ring.dealers.map((posId, index) => (
                      <span key={posId}>
                        {index > 0 ? ', ' : ''}
                        <NodeLink id={`Dealer:${posId}`} />
                      </span>
                    ))}
                  </td>
                  <td>
                    <a
                      href={mapLink({ ring: ring.id })}
                      title="The districts of its victims and the circles of its dealers"
                    >
                      Map
                    </a>
                  </td>
                  <td>
                    <EvidencePackLink kind="ring" id={ring.id} />
                  </td>
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
              <NodeLink id={handset.id} text={handset.imei} /> {handset.caption} · score{' '}
              {Math.round(handset.score)} · {handset.status}
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
              <NodeLink id={dealer.id} text={dealer.posId} /> {dealer.name} ({dealer.circle}) · score{' '}
              {Math.round(dealer.score)} · {dealer.status}
              <div className="reasons">{dealer.reasons.join(' · ')}</div>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
