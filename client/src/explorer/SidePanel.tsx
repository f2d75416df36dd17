import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import type { NodeData } from '../api/types.ts';
import { formatInr, formatNumber } from '../format.ts';
import { canvasStore } from './canvas-store.ts';
import { nodeDetailsQuery } from './graph-api.ts';
import { MaskedIdentity } from './MaskedIdentity.tsx';
import { NumberGradeSection } from './NumberGradeSection.tsx';

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
  'riskGrade',
  'riskGradeReasons',
  'riskGradeSignals',
  'gradedAt',
  'complaints',
  'amountLostInr',
  'masked',
]);

/** Property names as the data contract has them; reserved names travel as `<name>Property`. */
const propertyName = (name: string) => name.replace(/Property$/, '');

/**
 * The selected node: properties, status, score or grade and reasons, caution, and neighbours by kind to
 * expand.
 */
export function SidePanel({ node, onExpand }: { node: NodeData; onExpand(types: string[]): void }) {
  const details = useQuery(nodeDetailsQuery(node.id));
  // What the server says now (a status changed by a request or decision) is what the canvas shows.
  const fresh = details.data?.node.data;
  useEffect(() => {
    if (fresh && fresh.status !== node.status)
      canvasStore.updateNodes({ [node.id]: { status: fresh.status as string } });
  }, [fresh, node.id, node.status]);

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
  const data = details.data.node.data as NodeData;
  const complaints = Number(node.complaints ?? 0);
  return (
    <aside className="panel" aria-label="Selected node">
      <h2>
        <span className={`kind kind-${data.label}`}>{data.label}</span> {data.caption}
      </h2>
      {data.label === 'Handset' ? <p className="imei">IMEI {data.key}</p> : null}
      {data.label === 'Identity' && data.masked ? <MaskedIdentity kycId={data.key} /> : null}
      {data.status ? (
        <p className={`status status-${data.status}`} data-testid="node-status">
          Status: {data.status.replaceAll('_', ' ')}
        </p>
      ) : null}
      {data.caution ? (
        <p className="caution caution-lookalike" role="note" data-testid="caution">
          <strong>⚠ Caution: {data.caution.replaceAll('_', ' ')}.</strong> {data.cautionMessage}
        </p>
      ) : null}
      {complaints > 0 ? (
        <p className="reported">
          Reported in {formatNumber(complaints)} complaint{complaints === 1 ? '' : 's'};{' '}
          {formatInr(Number(node.amountLostInr ?? 0))} lost.
        </p>
      ) : null}
      <NumberGradeSection data={data} />
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
              {formatNumber(group.count)} {group.label} ({group.type.toLowerCase().replaceAll('_', ' ')})
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
              <dt>{propertyName(name)}</dt>
              <dd>
                {typeof value === 'number' && /amount/i.test(name)
                  ? formatInr(value)
                  : Array.isArray(value)
                    ? value.join(', ')
                    : String(value)}
              </dd>
            </div>
          ))}
      </dl>
    </aside>
  );
}
