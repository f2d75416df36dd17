import type { NodeData } from '../api/types.ts';
import { canvasStore, nodesOf, useCanvas } from './canvas-store.ts';
import { isNodeFilteredOut } from './canvas-filter.ts';

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
  const selectKind = (label: string) =>
    canvasStore.select(
      nodesOf(canvas.elements)
        .filter((node) => node.label === label && !isNodeFilteredOut(node, canvas))
        .map((node) => node.id),
    );
  const downloadPng = () => {
    const link = document.createElement('a');
    link.href = window.cy?.png({ full: true, bg: '#ffffff', scale: 1 }) ?? '';
    link.download = 'ringside-canvas.png';
    link.click();
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
      <button onClick={downloadPng}>PNG</button>
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
