import type { NodeData } from '../api/types.ts';
import { canvasJson, canvasSvg, downloadText, downloadUrl } from './canvas-export.ts';
import { canvasStore, nodesOf, useCanvas } from './canvas-store.ts';
import { filteredOutNodeIds } from './canvas-filter.ts';
import { GroupMenu } from './GroupMenu.tsx';
import { LayoutMenu } from './LayoutMenu.tsx';
import { ToolbarMenu } from './ToolbarMenu.tsx';

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

/**
 * The canvas's actions in two rows at 1366 px: view and history, the selection, the rarely used ones in
 * menus (group, layout and pins, export), and the requests and case work on what is selected. Short
 * labels keep their full names for screen readers and in their tooltips.
 */
export function Toolbar(props: Props) {
  const canvas = useCanvas();
  return (
    <div className="toolbar" role="toolbar" aria-label="Canvas">
      <span className="toolbar-group">
        <button onClick={canvasStore.requestFit} title="Fit the canvas to what is drawn">
          Fit
        </button>
        <button onClick={canvasStore.undo} disabled={!canvas.canUndo} title="Ctrl+Z">
          Undo
        </button>
        <button onClick={canvasStore.redo} disabled={!canvas.canRedo} title="Ctrl+Shift+Z">
          Redo
        </button>
      </span>
      <SelectionActions {...props} />
      <span className="toolbar-group">
        <GroupMenu />
        <LayoutMenu />
        <ExportMenu />
      </span>
      {props.mayRequest ? (
        <span className="toolbar-group">
          <button className="primary" onClick={props.onRequestBlock} disabled={props.handsets === 0}>
            Request block ({props.handsets})
          </button>
          <button onClick={props.onFlagDealer} disabled={props.dealers !== 1}>
            Flag dealer
          </button>
        </span>
      ) : null}
      {props.mayUseCases ? (
        <span className="toolbar-group">
          <button
            onClick={props.onSaveView}
            disabled={canvas.elements.length === 0}
            aria-label="Save view to case"
            title="Save view to case"
          >
            Save view
          </button>
          <button onClick={props.onPin} disabled={props.selected.length !== 1}>
            Pin to case
          </button>
        </span>
      ) : null}
      <button onClick={props.onHelp} aria-label="Help" title="Help (?)">
        ?
      </button>
      {props.busy ? (
        <span role="status" className="busy toolbar-busy">
          {props.busy}
        </span>
      ) : null}
    </div>
  );
}

/** Expand, remove, select all of a kind, and the shortest path between two. */
function SelectionActions(props: Props) {
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
    <span className="toolbar-group">
      <button onClick={props.onExpand} disabled={none} aria-label="Expand selected" title="Expand selected">
        Expand
      </button>
      <button
        onClick={() => canvasStore.remove(props.selected.map((node) => node.id))}
        disabled={none}
        aria-label="Remove selected"
        title="Remove selected (Delete)"
      >
        Remove
      </button>
      <span className="toolbar-label" aria-hidden="true">
        Select
      </span>
      <button onClick={() => selectKind('Handset')} aria-label="Select handsets" title="Select every handset">
        Handsets
      </button>
      <button onClick={() => selectKind('SIM')} aria-label="Select numbers" title="Select every number">
        Numbers
      </button>
      <button
        onClick={props.onPath}
        disabled={props.selected.length !== 2}
        aria-label="Shortest path"
        title="Shortest path between the two selected nodes"
      >
        Path
      </button>
    </span>
  );
}

/** PNG, SVG or JSON of the canvas. */
function ExportMenu() {
  const save = (what: 'png' | 'svg' | 'json') => {
    const instance = window.cy;
    if (!instance) return;
    if (what === 'png')
      downloadUrl(instance.png({ full: true, bg: '#ffffff', scale: 1 }), 'ringside-canvas.png');
    if (what === 'svg') downloadText(canvasSvg(instance), 'ringside-canvas.svg', 'image/svg+xml');
    if (what === 'json')
      downloadText(JSON.stringify(canvasJson(instance), null, 1), 'ringside-canvas.json', 'application/json');
  };
  const items = [
    ['png', 'PNG picture'],
    ['svg', 'SVG picture'],
    ['json', 'JSON (nodes, links, positions)'],
  ] as const;
  return (
    <ToolbarMenu label="Export ▾" title="Save the canvas as a picture or as data">
      {(close) =>
        items.map(([what, title]) => (
          <button
            key={what}
            role="menuitem"
            onClick={() => {
              close();
              save(what);
            }}
          >
            {title}
          </button>
        ))
      }
    </ToolbarMenu>
  );
}
