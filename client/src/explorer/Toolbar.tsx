import type { NodeData } from '../api/types.ts';
import { useState } from 'react';
import { canvasJson, canvasSvg, downloadText, downloadUrl } from './canvas-export.ts';
import { canvasStore, nodesOf, useCanvas } from './canvas-store.ts';
import { filteredOutNodeIds } from './canvas-filter.ts';
import { GroupMenu } from './GroupMenu.tsx';
import { LayoutControls } from './LayoutControls.tsx';

interface Props {
  selected: NodeData[];
  handsets: number;
  dealers: number;
  mayRequest: boolean;
  mayUseCases: boolean;
  busy?: string;
  onExpand(): void;
  onPath(): void;
  onRequestBlock(): void;
  onFlagDealer(): void;
  onSaveView(): void;
  onPin(): void;
  onHelp(): void;
}

/** The canvas's actions: view, history, selection, path, picture, and the requests on what is selected. */
export function Toolbar(props: Props) {
  const canvas = useCanvas();
  const selectKind = (label: string) => {
    const filteredOut = filteredOutNodeIds(canvas.elements, canvas);
    canvasStore.select(
      nodesOf(canvas.elements)
        .filter((node) => node.label === label && !filteredOut.has(node.id))
        .map((node) => node.id),
    );
  };
  const none = props.selected.length === 0;
  return (
    <div className="toolbar" role="toolbar" aria-label="Canvas">
      <button onClick={canvasStore.requestFit}>Fit</button>
      <button onClick={canvasStore.undo} disabled={!canvas.canUndo} title="Ctrl+Z">
        Undo
      </button>
      <button onClick={canvasStore.redo} disabled={!canvas.canRedo} title="Ctrl+Shift+Z">
        Redo
      </button>
      <button onClick={props.onExpand} disabled={none}>
        Expand selected
      </button>
      <button onClick={() => canvasStore.remove(props.selected.map((node) => node.id))} disabled={none}>
        Remove selected
      </button>
      <button onClick={() => selectKind('Handset')}>Select handsets</button>
      <button onClick={() => selectKind('SIM')}>Select numbers</button>
      <button onClick={props.onPath} disabled={props.selected.length !== 2}>
        Shortest path
      </button>
      <GroupMenu />
      <LayoutControls />
      <ExportMenu />
      {props.mayRequest ? (
        <>
          <button className="primary" onClick={props.onRequestBlock} disabled={props.handsets === 0}>
            Request block ({props.handsets})
          </button>
          <button onClick={props.onFlagDealer} disabled={props.dealers !== 1}>
            Flag dealer
          </button>
        </>
      ) : null}
      {props.mayUseCases ? (
        <>
          <button onClick={props.onSaveView} disabled={canvas.elements.length === 0}>
            Save view to case
          </button>
          <button onClick={props.onPin} disabled={props.selected.length !== 1}>
            Pin to case
          </button>
        </>
      ) : null}
      <button onClick={props.onHelp} aria-label="Help" title="Help (?)">
        ?
      </button>
      {props.busy ? (
        <span role="status" className="busy">
          {props.busy}
        </span>
      ) : null}
    </div>
  );
}

/** PNG, SVG or JSON of the canvas, from a small menu (one button in a toolbar that is full already). */
function ExportMenu() {
  const [open, setOpen] = useState(false);
  const save = (what: 'png' | 'svg' | 'json') => {
    setOpen(false);
    const instance = window.cy;
    if (!instance) return;
    if (what === 'png')
      downloadUrl(instance.png({ full: true, bg: '#ffffff', scale: 1 }), 'ringside-canvas.png');
    if (what === 'svg') downloadText(canvasSvg(instance), 'ringside-canvas.svg', 'image/svg+xml');
    if (what === 'json')
      downloadText(JSON.stringify(canvasJson(instance), null, 1), 'ringside-canvas.json', 'application/json');
  };
  return (
    <div className="menu">
      <button aria-expanded={open} aria-haspopup="menu" onClick={() => setOpen(!open)}>
        Export ▾
      </button>
      {open ? (
        <div className="menu-items" role="menu">
          <button role="menuitem" onClick={() => save('png')}>
            PNG picture
          </button>
          <button role="menuitem" onClick={() => save('svg')}>
            SVG picture
          </button>
          <button role="menuitem" onClick={() => save('json')}>
            JSON (nodes, links, positions)
          </button>
        </div>
      ) : null}
    </div>
  );
}
