// The graph canvas: the one component that owns the Cytoscape instance. It is created once and changed
// with add/remove in batches, never re-created on render; the rest of the app uses the handle and the
// callbacks.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import type { NodeData } from '../api/types.ts';
import { graphStyle } from './graph-style.ts';

cytoscape.use(fcose);

export interface CanvasHandle {
  /** Adds what is not there yet and lays the graph out again; returns the ids it added. */
  add(elements: ElementDefinition[]): string[];
  remove(ids: string[]): void;
  has(id: string): boolean;
  nodes(): NodeData[];
  setHidden(label: string, hidden: boolean): void;
  highlight(ids: string[]): void;
  select(ids: string[]): void;
  /** Selects every visible node of a kind (all handsets of what is on the canvas, say). */
  selectKind(label: string): void;
  /** Hides links and dated nodes outside the window (YYYY-MM-DD, either end open). */
  setDateWindow(from: string, to: string): void;
  fit(): void;
  pngDataUrl(): string;
}

/** The date an element is about: a link's last day, a number's activation, a complaint's report. */
const dateOf = (data: Record<string, unknown>) =>
  (data.lastSeen ?? data.activatedOn ?? data.reportedOn) as string | undefined;

interface Props {
  handle: Ref<CanvasHandle>;
  onSelectionChange(nodes: NodeData[]): void;
  onDoubleClick(node: NodeData): void;
}

export function GraphCanvas({ handle, onSelectionChange, onDoubleClick }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const callbacks = useRef({ onSelectionChange, onDoubleClick });
  callbacks.current = { onSelectionChange, onDoubleClick };

  useEffect(() => {
    const instance = cytoscape({
      container: container.current,
      style: graphStyle,
      boxSelectionEnabled: true,
      selectionType: 'additive',
      // Faster drawing on big graphs: no edge labels, and textures while panning.
      textureOnViewport: true,
      hideEdgesOnViewport: true,
    });
    const selectionChanged = () =>
      callbacks.current.onSelectionChange(instance.$('node:selected').map((node) => node.data() as NodeData));
    instance.on('select unselect', 'node', selectionChanged);
    instance.on('dbltap', 'node', (event) =>
      callbacks.current.onDoubleClick(event.target.data() as NodeData),
    );
    cy.current = instance;
    return () => {
      instance.destroy();
      cy.current = null;
    };
  }, []);

  useImperativeHandle(handle, () => ({
    add(elements) {
      const instance = cy.current!;
      const fresh = elements.filter((element) => instance.getElementById(element.data.id!).empty());
      // Edges whose ends are not on the canvas cannot be drawn.
      const ids = new Set([
        ...instance.nodes().map((node) => node.id()),
        ...fresh.filter((e) => !e.data.source).map((e) => e.data.id!),
      ]);
      const drawable = fresh.filter(
        (element) => !element.data.source || (ids.has(element.data.source) && ids.has(element.data.target!)),
      );
      const wasEmpty = instance.nodes().empty();
      let added = instance.collection();
      instance.batch(() => {
        added = instance.add(drawable);
      });
      // New nodes start next to a neighbour already placed, so the layout refines rather than restarts.
      added.nodes().forEach((node) => {
        const anchor = node.neighborhood('node').difference(added).first() as cytoscape.NodeSingular;
        if (anchor.nonempty()) {
          const { x, y } = anchor.position();
          node.position({ x: x + (Math.random() - 0.5) * 80, y: y + (Math.random() - 0.5) * 80 });
        }
      });
      // fcose: a fresh canvas is laid out from scratch (spectral, then force-directed; spectral only
      // when large), later additions from where the nodes are.
      instance
        .layout({
          name: 'fcose',
          randomize: wasEmpty,
          animate: false,
          quality: wasEmpty && drawable.length > 2000 ? 'draft' : 'default',
        } as cytoscape.LayoutOptions)
        .run();
      return drawable.map((element) => element.data.id!);
    },
    remove(ids) {
      const instance = cy.current!;
      instance.batch(() => ids.forEach((id) => instance.getElementById(id).remove()));
    },
    has: (id) => !cy.current!.getElementById(id).empty(),
    nodes: () => cy.current!.nodes().map((node) => node.data() as NodeData),
    setHidden(label, hidden) {
      cy.current!.nodes(`[label = "${label}"]`).style('display', hidden ? 'none' : 'element');
    },
    highlight(ids) {
      const instance = cy.current!;
      instance.elements().removeClass('highlighted');
      instance.batch(() => ids.forEach((id) => instance.getElementById(id).addClass('highlighted')));
    },
    select(ids) {
      const instance = cy.current!;
      instance.batch(() => ids.forEach((id) => instance.getElementById(id).select()));
    },
    selectKind(label) {
      cy.current!.nodes(`[label = "${label}"]`).filter(':visible').select();
    },
    setDateWindow(from, to) {
      cy.current!.batch(() =>
        cy.current!.elements().forEach((element) => {
          const data = element.data() as Record<string, unknown>;
          const date = dateOf(data);
          const first = (data.firstSeen as string | undefined) ?? date;
          const outside = date !== undefined && ((from !== '' && date < from) || (to !== '' && first! > to));
          element.toggleClass('outside-window', outside);
        }),
      );
    },
    fit: () => cy.current!.fit(undefined, 30),
    pngDataUrl: () => cy.current!.png({ full: true, bg: '#ffffff', scale: 1 }),
  }));

  return <div ref={container} className="canvas" data-testid="canvas" aria-label="Graph canvas" />;
}
