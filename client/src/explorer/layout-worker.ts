// The big-canvas layout (big-layout.ts) in a web worker, so the page keeps answering while it runs.
import { layoutBigGraph, type LayoutInput } from './big-layout.ts';

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<LayoutInput & { id: number }>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = ({ data: { id, ...input } }) => {
  scope.postMessage({ id, positions: layoutBigGraph(input) });
};
