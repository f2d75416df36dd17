// Runs the big-canvas layout in one shared web worker and answers with a promise; where workers are
// missing (an old browser) it runs on the page instead.
import { layoutBigGraph, type LayoutInput, type Positions } from './big-layout.ts';

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, { input: LayoutInput; resolve(positions: Positions): void }>();

export function layOutOffThread(input: LayoutInput): Promise<Positions> {
  if (typeof Worker === 'undefined') return Promise.resolve(layoutBigGraph(input));
  if (!worker) {
    worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }: MessageEvent<{ id: number; positions: Positions }>) => {
      waiting.get(data.id)?.resolve(data.positions);
      waiting.delete(data.id);
    };
    // A worker that fails (a script blocked by policy) leaves the layouts to the page.
    worker.onerror = () => {
      for (const { input, resolve } of waiting.values()) resolve(layoutBigGraph(input));
      waiting.clear();
    };
  }
  const id = (nextId += 1);
  return new Promise((resolve) => {
    waiting.set(id, { input, resolve });
    worker!.postMessage({ id, ...input });
  });
}
