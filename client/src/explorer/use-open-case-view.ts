// A case's saved view opens on the canvas from its address, #/cases/CASE-…/views/VIEW-… (a link on the
// case page, or sent by a colleague): the same nodes at the same positions, with its filters, selection
// and highlight, then the address goes back to #/explorer (so a reload does not open it over later work).
// Nodes the graph no longer holds are listed by the notice, not dropped silently.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { caseViewQuery } from '../cases/cases-api.ts';
import { canvasOfView } from './case-view.ts';
import { canvasStore } from './canvas-store.ts';

const VIEW_ADDRESS = /^#\/cases\/([^/?]+)\/views\/([^/?]+)/;

export interface CaseViewAddress {
  caseId: string;
  viewId: string;
}

export function useOpenCaseView() {
  const client = useQueryClient();
  const open = useMutation({
    mutationFn: async ({ caseId, viewId }: CaseViewAddress) => {
      const view = await client.fetchQuery(caseViewQuery(caseId, viewId));
      canvasStore.openView(canvasOfView(view));
      return view;
    },
  });
  useEffect(() => {
    const openFromAddress = () => {
      const match = VIEW_ADDRESS.exec(window.location.hash);
      if (!match) return;
      window.location.replace('#/explorer');
      open.mutate({ caseId: decodeURIComponent(match[1]!), viewId: decodeURIComponent(match[2]!) });
    };
    openFromAddress();
    window.addEventListener('hashchange', openFromAddress);
    return () => window.removeEventListener('hashchange', openFromAddress);
  }, []); // open.mutate is stable
  return open;
}
