// The graph canvas: the one component that owns a Cytoscape instance. It is created once and brought in
// line with its props (elements, filters, selection, highlight) by canvas-sync.ts, never re-created on
// render; the rest of the app passes data in and gets callbacks out.
import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import type { NodeData } from '../api/types.ts';
import { fitWithMaxZoom, layoutAdditions } from './canvas-layout.ts';
import type { DateWindow, Position } from './canvas-store.ts';
import {
  applyFilters,
  createCanvasCore,
  placeNodes,
  positionsOf,
  syncElements,
  syncHighlight,
  syncSelection,
} from './canvas-sync.ts';
import { hoverText } from './graph-style.ts';

declare global {
  interface Window {
    /** The explorer's Cytoscape core, as cytoscape.js's own browser tests read it. */
    cy?: Core;
  }
}

interface Props {
  elements: ElementDefinition[];
  hiddenKinds?: string[];
  dateWindow?: DateWindow;
  selected?: string[];
  highlighted?: string[];
  /** Where nodes were last (a canvas coming back after a view change); others are laid out. */
  positions?: Record<string, Position>;
  fitRequests?: number;
  /** When it changes, drawn nodes move to `positions` (a saved view opened). */
  placeRequests?: number;
  /** The explorer's canvas is `window.cy`; small evidence canvases are not. */
  isMainCanvas?: boolean;
  onSelectionChange?(ids: string[]): void;
  onDoubleClick?(node: NodeData): void;
  onPositionsChange?(positions: Record<string, Position>): void;
  /** After the elements are drawn and laid out: how many the canvas holds. */
  onElementsApplied?(count: number): void;
}

interface Tip {
  x: number;
  y: number;
  text: string;
}

export function GraphCanvas(props: Props) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const syncing = useRef(false);
  const [tip, setTip] = useState<Tip>();

  useEffect(() => {
    const instance = createCanvasCore(container.current!);
    const stopListening = listen(instance, latest, syncing, setTip);
    cyRef.current = instance;
    if (latest.current.isMainCanvas) window.cy = instance;
    return () => {
      stopListening();
      if (window.cy === instance) delete window.cy;
      instance.destroy();
      cyRef.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = cyRef.current!;
    const wasEmpty = instance.elements().empty();
    const unplaced = syncElements(instance, props.elements, latest.current.positions ?? {});
    applyFilters(instance, latest.current.hiddenKinds ?? [], latest.current.dateWindow);
    if (unplaced.nonempty()) {
      layoutAdditions(instance, unplaced, wasEmpty);
      latest.current.onPositionsChange?.(positionsOf(instance));
    }
    if (unplaced.nonempty() || wasEmpty) fitWithMaxZoom(instance);
    latest.current.onElementsApplied?.(instance.elements().length);
  }, [props.elements]);

  // After the elements are in line (effects run in order), before a fit asked for with it.
  useEffect(() => {
    if (props.placeRequests) placeNodes(cyRef.current!, latest.current.positions ?? {});
  }, [props.placeRequests]);

  useEffect(() => {
    applyFilters(cyRef.current!, props.hiddenKinds ?? [], props.dateWindow);
  }, [props.hiddenKinds, props.dateWindow]);

  useEffect(() => {
    syncing.current = true;
    syncSelection(cyRef.current!, props.selected ?? []);
    syncing.current = false;
  }, [props.selected, props.elements]);

  useEffect(
    () => syncHighlight(cyRef.current!, props.highlighted ?? []),
    [props.highlighted, props.elements],
  );

  useEffect(() => {
    if (props.fitRequests) fitWithMaxZoom(cyRef.current!);
  }, [props.fitRequests]);

  return (
    <div className="canvas-wrap">
      <div ref={container} className="canvas" data-testid="canvas" aria-label="Graph canvas" />
      {tip ? (
        <div className="canvas-tip" role="tooltip" style={{ left: tip.x + 12, top: tip.y + 12 }}>
          {tip.text}
        </div>
      ) : null}
    </div>
  );
}

/** The user's gestures on the canvas, handed to the latest props' callbacks; returns the clean-up. */
function listen(
  instance: Core,
  latest: { current: Props },
  syncing: { current: boolean },
  setTip: (tip: Tip | undefined) => void,
): () => void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  // One callback for a burst of select/unselect events (a click unselects the others, then selects).
  instance.on('select unselect', 'node', () => {
    if (syncing.current) return;
    clearTimeout(pending);
    pending = setTimeout(
      () => latest.current.onSelectionChange?.(instance.$('node:selected').map((node) => node.id())),
      0,
    );
  });
  instance.on('dbltap', 'node', (event) => latest.current.onDoubleClick?.(event.target.data() as NodeData));
  instance.on('dragfree', 'node', () => latest.current.onPositionsChange?.(positionsOf(instance)));
  instance.on('mouseover', 'node, edge', (event) => {
    const { x, y } = event.renderedPosition;
    setTip({ x, y, text: hoverText(event.target.data(), event.target.isEdge()) });
  });
  instance.on('mouseout', 'node, edge', () => setTip(undefined));
  instance.on('viewport remove', () => setTip(undefined));
  return () => clearTimeout(pending);
}
