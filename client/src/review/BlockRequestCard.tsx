import { EvidencePackLink } from '../evidence/EvidencePackLink.tsx';
import { NodeLink } from '../explorer/NodeLink.tsx';
import { formatCount, formatInr, formatInstant } from '../format.ts';
import { Decision, DecisionRecord } from './Decision.tsx';
import type { BlockRequestView } from './decisions-api.ts';
import { GraphToggle } from './GraphToggle.tsx';
import { BlockImpactSummary } from '../telecom/BlockImpactSummary.tsx';

interface HandsetEvidence {
  imei: string;
  brand?: string;
  model?: string;
  score?: number | null;
  reasons: string[];
  numbers: number;
  complaints: number;
  amountLostInr: number;
}

/** One block request: who asked and why, each handset's evidence, the graph on demand, the decision. */
export function BlockRequestCard({ request, mayDecide }: { request: BlockRequestView; mayDecide: boolean }) {
  const handsets = request.handsets as unknown as HandsetEvidence[];
  const numbers = handsets.reduce((sum, handset) => sum + handset.numbers, 0);
  return (
    <article className="card" aria-label={`Block request ${request.id}`}>
      <h3>
        {request.id} · {formatCount(request.handsetCount, 'handset')} ·{' '}
        <span className={`status status-${request.status}`}>{request.status}</span>
      </h3>
      <p>
        <strong>{request.caseRef}</strong>: {request.reason}{' '}
        <em>
          (by {request.requestedBy}
          {request.policeUnit ? `, ${request.policeUnit}` : ''}
          {request.state ? `, ${request.state}` : ''}, {formatInstant(request.requestedAt)})
        </em>
      </p>
      {request.cautions.length > 0 ? (
        <p className="caution caution-lookalike" role="note">
          ⚠ Caution acknowledged for{' '}
          {request.cautions
            .map((caution) => `${caution.imei} (${caution.kind.replaceAll('_', ' ')})`)
            .join(', ')}
          : “{request.cautionJustification}”
        </p>
      ) : null}
      <table>
        <thead>
          <tr>
            <th>IMEI</th>
            <th>Handset</th>
            <th>Score</th>
            <th>Numbers</th>
            <th>Complaints</th>
            <th>Lost</th>
            <th>Why</th>
          </tr>
        </thead>
        <tbody>
          {handsets.map((handset) => (
            <tr key={handset.imei}>
              <td>
                <NodeLink id={`Handset:${handset.imei}`} />
              </td>
              <td>{[handset.brand, handset.model].filter(Boolean).join(' ')}</td>
              <td>{typeof handset.score === 'number' ? Math.round(handset.score) : '–'}</td>
              <td>{handset.numbers}</td>
              <td>{handset.complaints}</td>
              <td>{formatInr(handset.amountLostInr)}</td>
              <td>{handset.reasons[0] ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="card-actions">
        <EvidencePackLink kind="block-request" id={request.id} />
      </p>
      <GraphToggle nodeIds={handsets.map((handset) => `Handset:${handset.imei}`)} />
      {request.status === 'pending' ? <BlockImpactSummary source={{ requestId: request.id }} /> : null}
      <DecisionRecord
        decidedBy={request.decidedBy}
        decidedAt={request.decidedAt}
        note={request.decisionNote}
      />
      {mayDecide && request.status === 'pending' ? (
        <Decision
          kind="block-requests"
          id={request.id}
          approvalWarning={`Approving blocks ${formatCount(request.handsetCount, 'handset')} pan-India and sends every number used in them${handsets.length === request.handsetCount ? ` (up to ${formatCount(numbers, 'number')})` : ''} to re-verification by the operators.`}
        />
      ) : null}
    </article>
  );
}
