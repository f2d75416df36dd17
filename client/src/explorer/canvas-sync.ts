// Bringing a Cytoscape core in line with the canvas's data, in batches: the elements (removed, refreshed,
// added where they were last), the one filter, the selection and the highlight. GraphCanvas calls these
// from its effects; they hold no state of their own.
import cytoscape, { type Core, type ElementDefinition, type NodeCollection } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { filteredOutNodeIds, isOutsideWindow } from './canvas-filter.ts';
import type { DateWindow, Position } from './canvas-store.ts';
import { graphStyle } from './graph-style.ts';
import { keepBackgroundingSteady } from './steady-backgrounding.ts';

cytoscape.use(fcose);

export function createCanvasCore(container: HTMLElement): Core {
  return cytoscape({
    container,
    style: graphStyle,
    boxSelectionEnabled: true,
    // A plain click selects only that node; shift, ctrl or cmd adds it (as in every graph tool).
    selectionType: 'single',
    maxZoom: 4,
    // Ten thousand nodes laid out fit a canvas made short by the timeline only from about 0.04.
    minZoom: 0.02,
    // Cytoscape's default zooms 2.5× per wheel notch in Chromium (deltaY 100); this is about 1.3×.
    wheelSensitivity: 0.3,
    // Faster drawing on big graphs: textures and no edges while panning.
    textureOnViewport: true,
    hideEdgesOnViewport: true,
  });
}

export function positionsOf(instance: Core): Record<string, Position> {
  const positions: Record<string, Position> = {};
  instance.nodes().forEach((node) => {
    positions[node.id()] = { ...node.position() };
  });
  return positions;
}

/**
 * Removes what is gone and refreshes data that changed; returns the definitions not drawn yet.
 */
export function removeAndRefresh(instance: Core, elements: ElementDefinition[]): ElementDefinition[] {
  const wanted = new Map(elements.map((element) => [element.data.id!, element]));
  const fresh: ElementDefinition[] = [];
  instance.batch(() => {
    instance
      .elements()
      .filter((element) => !wanted.has(element.id()))
      .remove();
    for (const [id, element] of wanted) {
      const drawn = instance.getElementById(id);
      if (drawn.empty()) fresh.push(element);
      else if (drawn.scratch('_definition') !== element) {
        // Cytoscape keeps `parent` out of data(): a node changes group by move().
        const parent = (element.data.parent as string | undefined) ?? null;
        if (drawn.isNode() && (drawn.data('parent') ?? null) !== parent) drawn.move({ parent });
        drawn.data(element.data);
        drawn.scratch('_definition', element);
      }
    }
  });
  return fresh;
}

/** Adds definitions at their known positions; returns the added nodes that still need a place. */
export function addElements(
  instance: Core,
  fresh: ElementDefinition[],
  known: Record<string, Position>,
): NodeCollection {
  let added = instance.collection();
  instance.batch(() => {
    added = instance.add(
      fresh.map((element) => {
        const position = known[element.data.id!];
        return position ? { ...element, position: { ...position } } : element;
      }),
    );
    const byId = new Map(fresh.map((element) => [element.data.id!, element]));
    added.forEach((element) => {
      element.scratch('_definition', byId.get(element.id()));
    });
    keepBackgroundingSteady(added);
  });
  return added.nodes().filter((node) => !known[node.id()]);
}

/** Moves the drawn nodes to the positions given (a saved view opened over nodes already drawn). */
export function placeNodes(instance: Core, positions: Record<string, Position>) {
  instance.batch(() =>
    // A group's place is its members' (moving it would move them all).
    instance.nodes(':childless').forEach((node) => {
      const position = positions[node.id()];
      if (position) node.position({ ...position });
    }),
  );
}

export function syncSelection(instance: Core, ids: string[]) {
  const wanted = new Set(ids);
  instance.batch(() =>
    instance.nodes().forEach((node) => {
      if (wanted.has(node.id()) === node.selected()) return;
      if (wanted.has(node.id())) node.select();
      else node.unselect();
    }),
  );
}

export function syncHighlight(instance: Core, ids: string[]) {
  const wanted = new Set(ids);
  instance.batch(() =>
    instance.elements().forEach((element) => {
      element.toggleClass('highlighted', wanted.has(element.id()));
    }),
  );
}

export /** Marks filtered-out elements with one class (see canvas-filter.ts); "+N more" goes with its node. */
function applyFilters(instance: Core, hiddenKinds: string[], dateWindow: DateWindow = { from: '', to: '' }) {
  const filter = { hiddenKinds, dateWindow };
  // Nothing to filter and nothing filtered: no pass over thousands of elements.
  const noFilter = hiddenKinds.length === 0 && dateWindow.from === '' && dateWindow.to === '';
  if (noFilter && instance.$('.filtered').empty()) return;
  instance.batch(() => {
    const filteredOut = filteredOutNodeIds(
      instance
        .elements()
        .map((element) => ({ group: element.group(), data: element.data() as Record<string, unknown> })),
      filter,
    );
    instance.elements().forEach((element) => {
      const out =
        element.group() === 'nodes'
          ? filteredOut.has(element.id())
          : isOutsideWindow(element.data() as Record<string, unknown>, dateWindow);
      element.toggleClass('filtered', out);
    });
  });
}

/** Pinned nodes (`pinned` in their data) are locked: no layout and no drag moves them. */
export function syncPins(instance: Core) {
  instance.batch(() =>
    instance.nodes().forEach((node) => {
      if (node.data('pinned') === true) node.lock();
      else node.unlock();
    }),
  );
}
