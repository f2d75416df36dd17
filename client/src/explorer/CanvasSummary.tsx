import type { ElementDefinition } from 'cytoscape';
import { formatCount } from '../format.ts';
import { nodesOf } from './canvas-store.ts';

/** What is on the canvas, by kind, and its groups: "14 nodes: 3 Handset, 11 SIM; 2 groups". */
export function CanvasSummary({ elements }: { elements: ElementDefinition[] }) {
  const counts = new Map<string, number>();
  for (const node of nodesOf(elements)) counts.set(node.label, (counts.get(node.label) ?? 0) + 1);
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  const groups = elements.filter((element) => element.data.label === 'Group').length;
  return (
    <p className="summary" data-testid="canvas-summary">
      {total === 0
        ? 'The canvas is empty: search to start.'
        : `${formatCount(total, 'node')}: ${[...counts].map(([label, count]) => `${count} ${label}`).join(', ')}`}
      {groups > 0 ? `; ${formatCount(groups, 'group')}` : ''}
    </p>
  );
}
