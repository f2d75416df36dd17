import { useEffect, useRef, useState } from 'react';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import { expandNodes } from '../explorer/expansion.ts';
import { GraphCanvas, type CanvasHandle } from '../explorer/GraphCanvas.tsx';

/** A small graph of what a decision is about: the nodes, with a few of their neighbours each. */
export function EvidenceGraph({ nodeIds }: { nodeIds: string[] }) {
  const canvas = useRef<CanvasHandle>(null);
  const [state, setState] = useState<'loading' | 'done' | { error: unknown }>('loading');
  useEffect(() => {
    const load = async () => {
      try {
        await expandNodes(nodeIds, { limit: 8 }, (elements) => canvas.current?.add(elements));
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
