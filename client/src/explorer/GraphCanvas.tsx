// The graph canvas: the one component that owns a Cytoscape instance. It is created once and brought in
// line with its props (elements, filters, selection, highlight) by canvas-sync.ts, never re-created on
// render; the rest of the app passes data in and gets callbacks out.
import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import type { NodeData } from '../api/types.ts';
import { fitWithMaxZoom, layoutAdditions, runLayout, type LayoutName } from './canvas-layout.ts';
import type { DateWindow, Position } from './canvas-store.ts';
import {
  addElements,
  applyFilters,
  createCanvasCore,
  placeNodes,
  positionsOf,
  removeAndRefresh,
  syncHighlight,
  syncPins,
  syncSelection,
} from './canvas-sync.ts';
import { addInSlices, BIG_LAYOUT_NODES, drawInLayers, layoutInputOf } from './big-canvas.ts';
import { labelBulkNodesInView } from './bulk-labels.ts';
import { layOutOffThread } from './layout-off-thread.ts';
import { hoverText } from './graph-style.ts';
import { formatNumber } from '../format.ts';

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
  /** A layout the user chose: the canvas is laid out again when `count` changes. */
  layoutRequest?: { name: LayoutName; count: number };
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
  /** Counts element changes: a big layout that finishes after a newer change is dropped. */
  const generation = useRef(0);
  /** What a big drawing is doing, for the status line: laying out, then drawing (empty when idle). */
  const [busy, setBusy] = useState('');

  useEffect(() => {
    const instance = createCanvasCore(container.current!);
    const stopListening = listen(instance, latest, syncing, setTip);
    const stopLabelling = labelBulkNodesInView(instance);
    // Cytoscape notices a resized window, not a resized box (the timeline folded or unfolded).
    const resized = new ResizeObserver(() => instance.resize());
    resized.observe(container.current!);
    cyRef.current = instance;
    if (latest.current.isMainCanvas) window.cy = instance;
    return () => {
      resized.disconnect();
      stopListening();
      stopLabelling();
      if (window.cy === instance) delete window.cy;
      instance.destroy();
      cyRef.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = cyRef.current!;
    const current = (generation.current += 1);
    const wasEmpty = instance.elements().empty();
    const known = latest.current.positions ?? {};
    const fresh = removeAndRefresh(instance, props.elements);
    const place = (placedNew: boolean) => {
      syncPins(instance);
      applyFilters(instance, latest.current.hiddenKinds ?? [], latest.current.dateWindow);
      if (placedNew) latest.current.onPositionsChange?.(positionsOf(instance));
      if (placedNew || wasEmpty) fitWithMaxZoom(instance);
    };
    const finish = (placedNew: boolean) => {
      place(placedNew);
      latest.current.onElementsApplied?.(instance.elements().length);
    };
    syncPins(instance); // before a layout of the additions, so pinned nodes stay
    const unknown = fresh.filter((element) => element.group === 'nodes' && !known[element.data.id!]);
    if (unknown.length < BIG_LAYOUT_NODES) {
      setBusy(''); // a big layout still running is dropped (generation)
      const unplaced = addElements(instance, fresh, known);
      if (unplaced.nonempty()) layoutAdditions(instance, unplaced, wasEmpty, known);
      finish(unplaced.nonempty());
      return;
    }
    // Thousands of new nodes: laid out in a worker, then drawn in slices, the page answering throughout.
    setBusy(`Laying out ${formatNumber(unknown.length)} nodes…`);
    const started = performance.mark('canvas: big drawing started').startTime;
    void layOutOffThread(layoutInputOf(instance, props.elements, known)).then(async (positions) => {
      if (current !== generation.current) return;
      const laidOut = performance.now();
      await addInSlices(
        instance,
        fresh,
        { ...positions, ...known },
        () => current === generation.current,
        (added, total) => setBusy(`Drawing ${formatNumber(added)} of ${formatNumber(total)} elements…`),
      );
      if (current !== generation.current) return;
      const added = performance.now();
      place(true);
      await drawInLayers(instance, () => current === generation.current);
      if (current !== generation.current) return;
      setBusy('');
      latest.current.onElementsApplied?.(instance.elements().length);
      // The parts of a big canvas's time, for the scale measurements (and a curious developer's console).
      performance.measure('canvas: layout in worker', { start: started, end: laidOut });
      performance.measure('canvas: add in slices', { start: laidOut, end: added });
      performance.measure('canvas: filters, fit, first frame', { start: added, end: performance.now() });
    });
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

  useLayoutRequests(cyRef, latest);

  return (
    <div className="canvas-wrap">
      <div ref={container} className="canvas" data-testid="canvas" aria-label="Graph canvas" />
      {busy ? (
        <p className="canvas-busy" role="status">
          {busy}
        </p>
      ) : null}
      {tip ? (
        <div className="canvas-tip" role="tooltip" style={{ left: tip.x + 12, top: tip.y + 12 }}>
          {tip.text}
        </div>
      ) : null}
    </div>
  );
}

/** A layout the user chose lays the canvas out again (pinned nodes stay), and its positions are kept. */
function useLayoutRequests(cyRef: { current: Core | null }, latest: { current: Props }) {
  const count = latest.current.layoutRequest?.count ?? 0;
  useEffect(() => {
    const request = latest.current.layoutRequest;
    if (!request?.count) return;
    runLayout(cyRef.current!, request.name);
    latest.current.onPositionsChange?.(positionsOf(cyRef.current!));
  }, [count, cyRef, latest]);
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
