import { useQuery } from '@tanstack/react-query';
import { api } from '../api/api-client.ts';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import type { NodeData, NodeDetails } from '../api/types.ts';

const HIDDEN = new Set([
  'id',
  'label',
  'key',
  'caption',
  'riskScore',
  'riskReasons',
  'caution',
  'cautionMessage',
  'scoredAt',
]);

/** The selected node: properties, status, score and reasons, caution, and neighbours by kind to expand. */
export function SidePanel({ node, onExpand }: { node: NodeData; onExpand(types: string[]): void }) {
  const details = useQuery({
    queryKey: ['node', node.id],
    queryFn: () =>
      api<NodeDetails>(`/api/nodes/${encodeURIComponent(node.label)}/${encodeURIComponent(node.key)}`),
  });
  if (details.isPending)
    return (
      <aside className="panel" role="status">
        Loading {node.caption}…
      </aside>
    );
  if (details.isError)
    return (
      <aside className="panel">
        <ErrorMessage error={details.error} />
      </aside>
    );
  const data = details.data.node.data;
  return (
    <aside className="panel" aria-label="Selected node">
      <h2>
        <span className={`kind kind-${data.label}`}>{data.label}</span> {data.caption}
      </h2>
      {data.status ? (
        <p className={`status status-${data.status}`}>Status: {data.status.replaceAll('_', ' ')}</p>
      ) : null}
      {data.caution ? (
        <p className="caution" role="note" data-testid="caution">
          <strong>Caution: {data.caution.replaceAll('_', ' ')}.</strong> {data.cautionMessage}
        </p>
      ) : null}
      {typeof data.riskScore === 'number' ? (
        <section>
          <h3>Risk score {Math.round(data.riskScore)}</h3>
          <ul className="reasons">
            {(data.riskReasons ?? []).map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section>
        <h3>Neighbours</h3>
        {details.data.neighbours.length === 0 ? <p className="empty">None.</p> : null}
        <ul className="neighbours">
          {details.data.neighbours.map((group) => (
            <li key={`${group.type}-${group.direction}-${group.label}`}>
              {group.count} {group.label} ({group.type.toLowerCase().replaceAll('_', ' ')})
              <button onClick={() => onExpand([group.type])}>Expand</button>
            </li>
          ))}
        </ul>
      </section>
      <dl className="properties">
        {Object.entries(data)
          .filter(([name]) => !HIDDEN.has(name))
          .map(([name, value]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>{Array.isArray(value) ? value.join(', ') : String(value)}</dd>
            </div>
          ))}
      </dl>
    </aside>
  );
}
