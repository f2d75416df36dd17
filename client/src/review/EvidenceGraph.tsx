import { useEffect, useRef, useState } from 'react';
import { post } from '../api/api-client.ts';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import type { ExpandResult } from '../api/types.ts';
import { expansionElements } from '../explorer/expansion.ts';
import { GraphCanvas, type CanvasHandle } from '../explorer/GraphCanvas.tsx';

/** A small graph of what a decision is about: the nodes, with a few of their neighbours each. */
export function EvidenceGraph({ nodeIds }: { nodeIds: string[] }) {
  const canvas = useRef<CanvasHandle>(null);
  const [state, setState] = useState<'loading' | 'done' | { error: unknown }>('loading');
  useEffect(() => {
    const load = async () => {
      try {
        for (let start = 0; start < nodeIds.length; start += 50) {
          const result = await post<ExpandResult>('/api/graph/expand', {
            nodes: nodeIds
              .slice(start, start + 50)
              .map((id) => ({ label: id.split(':')[0], key: id.slice(id.indexOf(':') + 1) })),
            limit: 8,
          });
          canvas.current?.add(expansionElements(result));
        }
        canvas.current?.highlight(nodeIds);
        canvas.current?.fit();
        setState('done');
      } catch (error) {
        setState({ error });
      }
    };
    void load();
  }, [nodeIds]);
  return (
    <div className="evidence-graph">
      {state === 'loading' ? <p role="status">Loading the evidence graph…</p> : null}
      {typeof state === 'object' ? <ErrorMessage error={state.error} /> : null}
      <GraphCanvas handle={canvas} onSelectionChange={() => {}} onDoubleClick={() => {}} />
    </div>
  );
}
