import { useState } from 'react';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import { may, type User } from '../api/types.ts';
import { canvasStore, nodesOf, useCanvas } from './canvas-store.ts';
import { CanvasSummary } from './CanvasSummary.tsx';
import { FilterPanel } from './FilterPanel.tsx';
import { GraphCanvas } from './GraphCanvas.tsx';
import { ExplorerDialogs, type ExplorerDialog } from './ExplorerDialogs.tsx';
import { Legend } from './Legend.tsx';
import { SearchBox } from './SearchBox.tsx';
import { SidePanel } from './SidePanel.tsx';
import { Timeline } from './Timeline.tsx';
import { Toolbar } from './Toolbar.tsx';
import { useCanvasActions, PAGE } from './use-canvas-actions.ts';
import { useNotice } from './use-notice.ts';
import { useOpenFromAddress } from './use-open-from-address.ts';
import { useExplorerKeys } from './use-explorer-keys.ts';
import { useOpenCaseView } from './use-open-case-view.ts';
import { CaseViewNotice } from './CaseViewNotice.tsx';
import { CollapsedGroupPanel, GroupPanel } from './GroupPanel.tsx';
import type { GroupData } from './supernode.ts';
import type { NodeData } from '../api/types.ts';

type Actions = ReturnType<typeof useCanvasActions>;

/** A double-click fetches more, opens a group, or expands a node. */
const doubleClickOn = (actions: Actions) => (node: NodeData) => {
  if (node.label === 'More') actions.expandMore(node);
  else if (node.label === 'Group' && node.collapsed) canvasStore.ungroup([node.id]);
  else if (node.label === 'Group') actions.openGroup(node as unknown as GroupData);
  else actions.expand([node.id]);
};

/** The side panel: of the group last selected, or of the node. */
function FocusPanel({ actions, focus, group }: { actions: Actions; focus?: NodeData; group?: GroupData }) {
  if (group?.collapsed) return <CollapsedGroupPanel group={group} />;
  if (group)
    return (
      <GroupPanel
        group={group}
        busy={actions.busy !== undefined}
        onOpen={() => actions.openGroup(group)}
        onClose={() => actions.closeGroup(group)}
      />
    );
  return focus ? <SidePanel node={focus} onExpand={(types) => actions.expand([focus.id], types)} /> : null;
}

/** Search, put on the canvas, expand node by node, and act on what is selected. */
export function ExplorerPage({ user }: { user: User }) {
  const canvas = useCanvas();
  const actions = useCanvasActions();
  const [dialog, setDialog] = useState<ExplorerDialog>();
  const [notice, showNotice] = useNotice();
  useOpenFromAddress(actions);
  const caseView = useOpenCaseView();
  const onDoubleClick = doubleClickOn(actions);
  useExplorerKeys({
    onHelp: () => setDialog('help'),
    onExpand: (nodeId) => {
      const element = canvasStore.getState().elements.find((candidate) => candidate.data.id === nodeId);
      if (element) onDoubleClick(element.data as NodeData);
    },
  });

  const byId = new Map(nodesOf(canvas.elements).map((node) => [node.id, node]));
  const selected = canvas.selected.flatMap((id) => byId.get(id) ?? []);
  const handsets = selected.filter((node) => node.label === 'Handset');
  const dealers = selected.filter((node) => node.label === 'Dealer');
  const focus = selected[selected.length - 1];
  const last = canvas.elements.find((element) => element.data.id === canvas.selected.at(-1));
  const group = last?.data.label === 'Group' ? (last.data as GroupData) : undefined;

  return (
    <div className="explorer">
      <div className="explorer-side">
        <SearchBox onAdd={actions.addResult} />
        <FilterPanel />
        <Legend />
      </div>
      <div className="explorer-main">
        <Toolbar
          selected={selected}
          mayRequest={may(user, 'request')}
          mayUseCases={may(user, 'cases')}
          busy={actions.busy}
          onExpand={() => actions.expand(selected.map((node) => node.id))}
          onPath={() => actions.showPath(selected[0]!.id, selected[1]!.id)}
          onRequestBlock={() => setDialog('block')}
          onFlagDealer={() => setDialog('flag')}
          onSaveView={() => setDialog('save-view')}
          onPin={() => setDialog('pin')}
          onHelp={() => setDialog('help')}
          handsets={handsets.length}
          dealers={dealers.length}
        />
        <ErrorMessage error={actions.error} />
        <CaseViewNotice open={caseView} />
        <div className="canvas-area">
          {notice ? (
            <p role="status" className="notice floating">
              {notice}
            </p>
          ) : null}
          <GraphCanvas
            isMainCanvas
            elements={canvas.elements}
            hiddenKinds={canvas.hiddenKinds}
            dateWindow={canvas.dateWindow}
            selected={canvas.selected}
            highlighted={canvas.highlighted}
            positions={canvas.positions}
            fitRequests={canvas.fitRequests}
            placeRequests={canvas.placeRequests}
            layoutRequest={canvas.layoutRequest}
            onSelectionChange={canvasStore.select}
            onPositionsChange={canvasStore.savePositions}
            onDoubleClick={onDoubleClick}
          />
        </div>
        <Timeline />
        <CanvasSummary elements={canvas.elements} />
        <p className="hint">
          Double-click a node to expand it (“+N more” fetches the next {PAGE}; more neighbours than that come
          in groups, which double-click opens); click selects, shift-click adds; Ctrl+Z undoes. Press ? for
          help.
        </p>
      </div>
      <FocusPanel actions={actions} focus={focus} group={group} />
      <ExplorerDialogs
        dialog={dialog}
        handsets={handsets}
        dealer={dealers[0]}
        focus={focus}
        onClose={() => setDialog(undefined)}
        onDone={showNotice}
      />
    </div>
  );
}
