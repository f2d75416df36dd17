// Other views open things on the canvas through the address: #/explorer?ring=RING-… opens a ring,
// #/explorer?add=Handset:…,SIM:… adds nodes. Each is done once, then the address goes back to #/explorer
// (so a later visit does not redo it).
import { useEffect } from 'react';
import type { useCanvasActions } from './use-canvas-actions.ts';

export const explorerLinkFor = (ids: string[]) => `#/explorer?add=${encodeURIComponent(ids.join(','))}`;
export const ringLinkFor = (ringId: string) => `#/explorer?ring=${encodeURIComponent(ringId)}`;

export function useOpenFromAddress(actions: ReturnType<typeof useCanvasActions>) {
  useEffect(() => {
    const open = () => {
      const params = new URLSearchParams(window.location.hash.split('?')[1] ?? '');
      const ring = params.get('ring');
      const add = params.get('add');
      if (!ring && !add) return;
      window.history.replaceState(null, '', '#/explorer');
      if (ring) actions.openRing(ring);
      if (add) actions.addNodes(add.split(',').filter(Boolean));
    };
    open();
    window.addEventListener('hashchange', open);
    return () => window.removeEventListener('hashchange', open);
  }, []); // the actions' functions are stable enough: they only call the store and the query client
}
