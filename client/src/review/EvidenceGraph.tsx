import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ElementDefinition } from 'cytoscape';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import { expandNodes } from '../explorer/expansion.ts';
import { GraphCanvas } from '../explorer/GraphCanvas.tsx';

/** A small graph of what a decision is about: the nodes, with a few of their neighbours each. */
export function EvidenceGraph({ nodeIds }: { nodeIds: string[] }) {
  const client = useQueryClient();
  const evidence = useQuery({
    queryKey: ['evidence-graph', nodeIds],
    queryFn: async () => {
      const elements: ElementDefinition[] = [];
      await expandNodes(client, nodeIds, { limit: 8 }, (page) => elements.push(...page));
      return elements;
    },
  });
  return (
    <div className="evidence-graph">
      {evidence.isPending ? <p role="status">Loading the evidence graph…</p> : null}
      <ErrorMessage error={evidence.error} />
      <GraphCanvas elements={evidence.data ?? NONE} highlighted={nodeIds} />
    </div>
  );
}

const NONE: ElementDefinition[] = [];
