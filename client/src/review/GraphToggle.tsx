import { useState } from 'react';
import { EvidenceGraph } from './EvidenceGraph.tsx';

/** The evidence graph, drawn on demand (a canvas per card would be heavy on a long list). */
export function GraphToggle({ nodeIds }: { nodeIds: string[] }) {
  const [shown, setShown] = useState(false);
  return (
    <>
      <button onClick={() => setShown(!shown)} aria-expanded={shown}>
        {shown ? 'Hide graph' : 'Show graph'}
      </button>
      {shown ? <EvidenceGraph nodeIds={nodeIds} /> : null}
    </>
  );
}
