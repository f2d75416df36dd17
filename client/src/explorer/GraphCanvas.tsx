// The graph canvas: the one component that owns a Cytoscape instance. It is created once and brought in
// line with its props (elements, filters, selection, highlight) by add/remove/data in batches, never
// re-created on render; the rest of the app passes data in and gets callbacks out.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import type { NodeData } from '../api/types.ts';
import type { DateWindow, Position } from './canvas-store.ts';
import { graphStyle, hoverText } from './graph-style.ts';
import { fitWithMaxZoom, layoutAdditions } from './canvas-layout.ts';
import { isNodeFilteredOut, isOutsideWindow } from './canvas-filter.ts';

cytoscape.use(fcose);

declare global {
  interface Window {
    /** The explorer's Cytoscape core, as cytoscape.js's own browser tests read it. */
    cy?: Core;
  }
}

export interface CanvasHandle {
  fit(): void;
  pngDataUrl(): string;
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
  /** The explorer's canvas is `window.cy`; small evidence canvases are not. */
  isMainCanvas?: boolean;
  handle?: Ref<CanvasHandle>;
  onSelectionChange?(ids: string[]): void;
  onDoubleClick?(node: NodeData): void;
  onPositionsChange?(positions: Record<string, Position>): void;
  /** After the elements are drawn and laid out: how many the canvas holds. */
  onElementsApplied?(count: number): void;
}

export function GraphCanvas(props: Props) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const syncing = useRef(false);
  const [tip, setTip] = useState<{ x: number; y: number; text: string }>();

  useEffect(() => {
    const instance = cytoscape({
      container: container.current,
      style: graphStyle,
      boxSelectionEnabled: true,
      // A plain click selects only that node; shift, ctrl or cmd adds it (as in every graph tool).
      selectionType: 'single',
      maxZoom: 4,
      minZoom: 0.05,
      // Cytoscape's default zooms 2.5× per wheel notch in Chromium (deltaY 100); this is about 1.3×.
      wheelSensitivity: 0.3,
      // Faster drawing on big graphs: textures and no edges while panning.
      textureOnViewport: true,
      hideEdgesOnViewport: true,
    });
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
    instance.on('dragfree', 'node', () => savePositions(instance));
    instance.on('mouseover', 'node, edge', (event) => {
      const { x, y } = event.renderedPosition;
      setTip({ x, y, text: hoverText(event.target.data(), event.target.isEdge()) });
    });
    instance.on('mouseout', 'node, edge', () => setTip(undefined));
    instance.on('viewport remove', () => setTip(undefined));
    cyRef.current = instance;
    if (latest.current.isMainCanvas) window.cy = instance;
    return () => {
      clearTimeout(pending);
      if (window.cy === instance) delete window.cy;
      instance.destroy();
      cyRef.current = null;
    };
  }, []);

  const savePositions = (instance: Core) => {
    const positions: Record<string, Position> = {};
    instance.nodes().forEach((node) => {
      positions[node.id()] = { ...node.position() };
    });
    latest.current.onPositionsChange?.(positions);
  };

  // Elements: remove what is gone, refresh changed data, add what is new and lay it out.
  useEffect(() => {
    const instance = cyRef.current!;
    const wanted = new Map(props.elements.map((element) => [element.data.id!, element]));
    const wasEmpty = instance.elements().empty();
    let added = instance.collection();
    instance.batch(() => {
      instance
        .elements()
        .filter((element) => !wanted.has(element.id()))
        .remove();
      const fresh: ElementDefinition[] = [];
      for (const [id, element] of wanted) {
        const drawn = instance.getElementById(id);
        if (drawn.empty()) fresh.push(element);
        else if (drawn.scratch('_definition') !== element) {
          drawn.data(element.data);
          drawn.scratch('_definition', element);
        }
      }
      const known = latest.current.positions ?? {};
      added = instance.add(
        fresh.map((element) =>
          known[element.data.id!] ? { ...element, position: { ...known[element.data.id!]! } } : element,
        ),
      );
      added.forEach((element) => {
        element.scratch('_definition', wanted.get(element.id()));
      });
    });
    applyFilters(instance, latest.current.hiddenKinds ?? [], latest.current.dateWindow);
    const known = latest.current.positions ?? {};
    const placed = added.nodes().filter((node) => !known[node.id()]);
    if (placed.nonempty()) {
      layoutAdditions(instance, placed, wasEmpty);
      fitWithMaxZoom(instance);
      savePositions(instance);
    } else if (wasEmpty && added.nonempty()) fitWithMaxZoom(instance);
    latest.current.onElementsApplied?.(instance.elements().length);
  }, [props.elements]);

  useEffect(() => {
    applyFilters(cyRef.current!, props.hiddenKinds ?? [], props.dateWindow);
  }, [props.hiddenKinds, props.dateWindow]);

  useEffect(() => {
    const instance = cyRef.current!;
    const wanted = new Set(props.selected ?? []);
    syncing.current = true;
    instance.batch(() =>
      instance.nodes().forEach((node) => {
        if (wanted.has(node.id()) !== node.selected()) {
          if (wanted.has(node.id())) node.select();
          else node.unselect();
        }
      }),
    );
    syncing.current = false;
  }, [props.selected, props.elements]);

  useEffect(() => {
    const instance = cyRef.current!;
    const ids = new Set(props.highlighted ?? []);
    instance.batch(() =>
      instance.elements().forEach((element) => {
        element.toggleClass('highlighted', ids.has(element.id()));
      }),
    );
  }, [props.highlighted, props.elements]);

  useEffect(() => {
    if (props.fitRequests) fitWithMaxZoom(cyRef.current!);
  }, [props.fitRequests]);

  useImperativeHandle(props.handle, () => ({
    fit: () => fitWithMaxZoom(cyRef.current!),
    pngDataUrl: () => cyRef.current!.png({ full: true, bg: '#ffffff', scale: 1 }),
  }));

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

/** Marks filtered-out elements with one class (see canvas-filter.ts); "+N more" goes with its node. */
function applyFilters(instance: Core, hiddenKinds: string[], dateWindow: DateWindow = { from: '', to: '' }) {
  const filter = { hiddenKinds, dateWindow };
  instance.batch(() => {
    const filteredOut = new Set<string>();
    instance.nodes().forEach((node) => {
      if (isNodeFilteredOut(node.data() as Record<string, unknown>, filter)) filteredOut.add(node.id());
    });
    instance.nodes('[label = "More"]').forEach((node) => {
      if (filteredOut.has(node.data('of') as string)) filteredOut.add(node.id());
    });
    instance.elements().forEach((element) => {
      const out =
        element.group() === 'nodes'
          ? filteredOut.has(element.id())
          : isOutsideWindow(element.data() as Record<string, unknown>, dateWindow);
      element.toggleClass('filtered', out);
    });
  });
}
