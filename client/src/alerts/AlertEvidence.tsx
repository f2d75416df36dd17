import { useQuery } from '@tanstack/react-query';
import type { ElementDefinition } from 'cytoscape';
import { useMemo } from 'react';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import { GraphCanvas } from '../explorer/GraphCanvas.tsx';
import { alertQuery } from './alerts-api.ts';

/** An alert's evidence as the graph holds it now: its nodes and the links among them, the subject marked. */
export function AlertEvidence({ id, subject }: { id: string; subject: string }) {
  const alert = useQuery(alertQuery(id));
  const graph = alert.data?.graph;
  // The same arrays while the answer is the same: the canvas redraws only when the evidence changes.
  const elements = useMemo<ElementDefinition[]>(
    () => (graph ? [...graph.nodes, ...graph.edges] : []),
    [graph],
  );
  const highlighted = useMemo(() => [subject], [subject]);
  return (
    <div className="evidence-graph">
      {alert.isPending ? <p role="status">Loading the evidence…</p> : null}
      <ErrorMessage error={alert.error} />
      {alert.data?.missing.length ? (
        <p className="notice">No longer in the graph: {alert.data.missing.join(', ')}</p>
      ) : null}
      <GraphCanvas elements={elements} highlighted={highlighted} />
    </div>
  );
}
