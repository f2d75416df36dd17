// A query result cell as a reader wants it: nodes and the steps of a path as links that open them on the
// canvas, identifier columns (imei, msisdn, posId, kycId, ackNo) likewise, money in rupees, counts grouped.
import { formatInr, formatNumber, isMoneyColumn } from '../format.ts';
import { NodeLink } from '../explorer/NodeLink.tsx';

interface NodeCell {
  id: string;
  label: string;
  caption: string;
}

const ID_COLUMNS: [RegExp, string][] = [
  [/imei$/i, 'Handset'],
  [/msisdn$/i, 'SIM'],
  [/posid$/i, 'Dealer'],
  [/kycid$/i, 'Identity'],
  [/ackno$/i, 'Complaint'],
];

const isNodeCell = (cell: unknown): cell is NodeCell =>
  typeof cell === 'object' && cell !== null && 'id' in cell && 'caption' in cell;

export function ResultCell({ column, cell }: { column: string; cell: unknown }) {
  if (cell === null || cell === undefined) return null;
  if (isNodeCell(cell)) return <NodeLink id={cell.id} text={`${cell.label} ${cell.caption}`} />;
  if (typeof cell === 'object' && 'path' in cell && Array.isArray((cell as { path: unknown }).path)) {
    const steps = (cell as { path: NodeCell[] }).path;
    return (
      <span className="path-cell">
        {steps.map((step, index) => (
          <span key={`${step.id}-${index}`}>
            {index > 0 ? ' → ' : ''}
            <NodeLink id={step.id} text={step.caption} />
          </span>
        ))}
      </span>
    );
  }
  if (typeof cell === 'number') return <>{isMoneyColumn(column) ? formatInr(cell) : formatNumber(cell)}</>;
  if (typeof cell === 'string') {
    const kind = ID_COLUMNS.find(([pattern]) => pattern.test(column))?.[1];
    if (kind) return <NodeLink id={`${kind}:${cell}`} text={cell} />;
    return <>{cell}</>;
  }
  if (Array.isArray(cell))
    return (
      <>
        {cell.map((item, index) => (
          <span key={index}>
            {index > 0 ? ', ' : ''}
            <ResultCell column={column} cell={item} />
          </span>
        ))}
      </>
    );
  if (typeof cell === 'object' && 'type' in cell) return <>{String((cell as { type: unknown }).type)}</>;
  return <>{JSON.stringify(cell)}</>;
}
