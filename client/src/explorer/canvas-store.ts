// The explorer's canvas as data, above the views: what is on it, where, what is filtered out, selected
// and highlighted. It lives outside React (so leaving the Explorer for Queries and coming back finds the
// same graph) and in sessionStorage (so a reload or a re-login after an expired session does too). Every
// change of what is drawn or filtered is a step that Undo and Redo walk; selection and positions are not.
import { useSyncExternalStore } from 'react';
import type { ElementDefinition } from 'cytoscape';
import type { NodeData } from '../api/types.ts';
import type { LayoutName } from './canvas-layout.ts';
import { collapseBy, expandCollapsed, withDependents, type Grouping, type Stash } from './canvas-grouping.ts';

export interface DateWindow {
  from: string;
  to: string;
}
export interface Position {
  x: number;
  y: number;
}

/** What one undo step restores. */
interface Scene {
  elements: ElementDefinition[];
  hiddenKinds: string[];
  dateWindow: DateWindow;
  /** Members of the groups collapsed on the canvas (canvas-grouping.ts), by group id. */
  stashes: Record<string, Stash>;
}

export interface CanvasState extends Scene {
  /** Whose investigation this is: another user logging in on this tab starts empty. */
  owner: string | null;
  /** In the order they were selected: the last one is the side panel's. */
  selected: string[];
  highlighted: string[];
  positions: Record<string, Position>;
  canUndo: boolean;
  canRedo: boolean;
  /** Counts requests to fit the view (a ring opened): the canvas fits when it changes. */
  fitRequests: number;
  /** Counts requests to move the drawn nodes to `positions` (a saved view opened). */
  placeRequests: number;
  /** The layout last chosen, and how often one was asked for (the canvas lays out when it changes). */
  layoutRequest: { name: LayoutName; count: number };
}

/** A canvas as a case's saved view holds it. */
export interface SavedCanvas extends Omit<Scene, 'stashes'> {
  positions: Record<string, Position>;
  selected: string[];
  highlighted: string[];
}

const STORAGE_KEY = 'ringside.canvas';
const HISTORY_LIMIT = 100;
const EMPTY: CanvasState = {
  owner: null,
  elements: [],
  hiddenKinds: [],
  dateWindow: { from: '', to: '' },
  stashes: {},
  selected: [],
  highlighted: [],
  positions: {},
  canUndo: false,
  canRedo: false,
  fitRequests: 0,
  placeRequests: 0,
  layoutRequest: { name: 'force', count: 0 },
};

let state: CanvasState = load();
let past: Scene[] = [];
let future: Scene[] = [];
const listeners = new Set<() => void>();

function load(): CanvasState {
  try {
    const saved = sessionStorage.getItem(STORAGE_KEY);
    return saved ? { ...EMPTY, ...(JSON.parse(saved) as Partial<CanvasState>), canUndo: false } : EMPTY;
  } catch {
    return EMPTY;
  }
}

let saving: ReturnType<typeof setTimeout> | undefined;
function persist() {
  clearTimeout(saving);
  saving = setTimeout(() => {
    const { owner, elements, hiddenKinds, dateWindow, stashes, selected, highlighted, positions } = state;
    const saved = { owner, elements, hiddenKinds, dateWindow, stashes, selected, highlighted, positions };
    try {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(saved));
    } catch {
      // A canvas too big for sessionStorage still works; it just does not survive a reload.
    }
  }, 100);
}

function set(next: Partial<CanvasState>) {
  state = { ...state, ...next, canUndo: past.length > 0, canRedo: future.length > 0 };
  persist();
  listeners.forEach((listener) => listener());
}

const sceneOf = ({ elements, hiddenKinds, dateWindow, stashes }: CanvasState): Scene => ({
  elements,
  hiddenKinds,
  dateWindow,
  stashes,
});

/** A change of the drawn graph or its filters: remembered for Undo, and Redo starts over. */
function step(next: Partial<Scene>, alongside: Partial<CanvasState> = {}) {
  past = [...past.slice(-HISTORY_LIMIT + 1), sceneOf(state)];
  future = [];
  set({ ...next, ...alongside });
}

const idOf = (element: ElementDefinition) => element.data.id!;
export const isEdge = (element: ElementDefinition) => element.group === 'edges';

/** Cytoscape reads id, source, target and parent as structure: an element must say what it is. */
function checked(element: ElementDefinition): ElementDefinition {
  if (element.group !== 'nodes' && element.group !== 'edges')
    throw new Error(`canvas element ${element.data.id} has no group`);
  return element;
}

export const canvasStore = {
  getState: () => state,
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },

  /** The logged-in user takes the canvas; someone else's earlier canvas is cleared. */
  claim(username: string) {
    if (state.owner === username) return;
    past = [];
    future = [];
    set({ ...EMPTY, owner: username });
  },

  /**
   * Adds what is not there yet (edges only when both ends are), and takes newer facts about nodes already
   * there (an expand tells how often a number was reported); returns the ids it added.
   */
  add(elements: ElementDefinition[]): string[] {
    const present = new Set(state.elements.map(idOf));
    const incoming = new Map(
      elements.filter((element) => present.has(idOf(element))).map((e) => [idOf(e), e]),
    );
    const refreshed = state.elements.map((element) => {
      const update = incoming.get(idOf(element));
      if (!update || element.group !== 'nodes') return element;
      const data = { ...element.data, ...update.data };
      const changed = Object.keys(data).some((key) => data[key] !== element.data[key]);
      return changed ? { ...element, data } : element;
    });
    const fresh = elements.map(checked).filter((element) => {
      const isNew = !present.has(idOf(element));
      present.add(idOf(element));
      return isNew;
    });
    const nodeIds = new Set([...state.elements, ...fresh].filter((element) => !isEdge(element)).map(idOf));
    const drawable = fresh.filter(
      (element) =>
        !isEdge(element) || (nodeIds.has(element.data.source!) && nodeIds.has(element.data.target!)),
    );
    if (drawable.length > 0) step({ elements: [...refreshed, ...drawable] });
    else if (refreshed.some((element, index) => element !== state.elements[index]))
      set({ elements: refreshed });
    return drawable.map(idOf);
  },

  remove(ids: string[]) {
    const gone = withDependents(state.elements, new Set(ids));
    if (gone.size === 0) return;
    step({ elements: state.elements.filter((element) => !gone.has(idOf(element))) });
    set({
      selected: state.selected.filter((id) => !gone.has(id)),
      highlighted: state.highlighted.filter((id) => !gone.has(id)),
    });
  },

  /** Removes `ids` (with their dependents) and replaces the data of nodes, as one undo step. */
  replace(ids: string[], updates: Record<string, Record<string, unknown>>) {
    const gone = withDependents(state.elements, new Set(ids));
    const elements = state.elements
      .filter((element) => !gone.has(idOf(element)))
      .map((element) => {
        const update = updates[idOf(element)];
        return update ? { ...element, data: { ...element.data, ...update } } : element;
      });
    step({ elements });
    set({
      selected: state.selected.filter((id) => !gone.has(id)),
      highlighted: state.highlighted.filter((id) => !gone.has(id)),
    });
  },

  /** Collapses the nodes that go together by `grouping` into one node each; false when none do. */
  collapse(grouping: Grouping): boolean {
    const collapse = collapseBy(grouping, state.elements, state.positions);
    if (!collapse) return false;
    const kept = new Set(collapse.elements.map(idOf));
    step(
      { elements: collapse.elements, stashes: { ...state.stashes, ...collapse.stashes } },
      {
        positions: { ...state.positions, ...collapse.positions },
        selected: state.selected.filter((id) => kept.has(id)),
      },
    );
    return true;
  },

  /** Puts a collapsed group's members back where they were (all groups when no id is given). */
  ungroup(groupIds: string[] = Object.keys(state.stashes)) {
    let { elements, stashes } = state;
    let positions = {};
    // The latest first, so links between groups come back with the group they were kept in.
    for (const id of [...groupIds].reverse()) {
      const restored = expandCollapsed(elements, stashes, id);
      ({ elements, stashes } = restored);
      positions = { ...positions, ...restored.positions };
    }
    if (elements === state.elements) return;
    step({ elements, stashes }, { positions: { ...state.positions, ...positions }, selected: [] });
  },

  /** New facts about nodes already drawn (a status after a block request): not an undo step. */
  updateNodes(updates: Record<string, Partial<NodeData>>) {
    const replace = (element: ElementDefinition) => {
      const update = updates[idOf(element)];
      return update ? { ...element, data: { ...element.data, ...update } } : element;
    };
    past = past.map((scene) => ({ ...scene, elements: scene.elements.map(replace) }));
    future = future.map((scene) => ({ ...scene, elements: scene.elements.map(replace) }));
    set({ elements: state.elements.map(replace) });
  },

  toggleKind(kind: string) {
    const hiddenKinds = state.hiddenKinds.includes(kind)
      ? state.hiddenKinds.filter((hidden) => hidden !== kind)
      : [...state.hiddenKinds, kind];
    step({ hiddenKinds });
  },

  setDateWindow(dateWindow: DateWindow) {
    step({ dateWindow });
  },

  /** The window moved many times a second (the timeline's replay): not an undo step each time. */
  moveDateWindow(dateWindow: DateWindow) {
    set({ dateWindow });
  },

  select(ids: string[]) {
    const wanted = new Set(ids);
    // Keep the order of selection: those already selected first, then the new ones.
    const kept = state.selected.filter((id) => wanted.has(id));
    const added = ids.filter((id) => !kept.includes(id));
    const selected = [...kept, ...added];
    if (selected.length === state.selected.length && selected.every((id, i) => id === state.selected[i]))
      return;
    set({ selected });
  },

  highlight(ids: string[]) {
    set({ highlighted: ids });
  },

  savePositions(positions: Record<string, Position>) {
    state = { ...state, positions };
    persist();
  },

  /**
   * A case's saved view replaces the canvas, as one undo step: its nodes at their saved positions (nodes
   * already drawn move there), its filters, selection and highlight, fitted to the window.
   */
  openView(view: SavedCanvas) {
    past = [...past.slice(-HISTORY_LIMIT + 1), sceneOf(state)];
    future = [];
    set({
      ...view,
      stashes: {},
      elements: view.elements.map(checked),
      positions: { ...state.positions, ...view.positions },
      placeRequests: state.placeRequests + 1,
      fitRequests: state.fitRequests + 1,
    });
  },

  /** Lays the canvas out again; pinned nodes stay where they are. */
  requestLayout(name: LayoutName) {
    set({ layoutRequest: { name, count: state.layoutRequest.count + 1 } });
  },

  /** Pins nodes where they are (through every layout) or unpins them; kept with the nodes, not a step. */
  pin(ids: string[], pinned: boolean) {
    canvasStore.updateNodes(Object.fromEntries(ids.map((id) => [id, { pinned }])));
  },

  requestFit() {
    set({ fitRequests: state.fitRequests + 1 });
  },

  undo() {
    const previous = past[past.length - 1];
    if (!previous) return;
    past = past.slice(0, -1);
    future = [...future, sceneOf(state)];
    set({ ...previous, ...keptSelection(previous), positions: withStashedPositions() });
  },

  redo() {
    const next = future[future.length - 1];
    if (!next) return;
    future = future.slice(0, -1);
    past = [...past, sceneOf(state)];
    set({ ...next, ...keptSelection(next), positions: withStashedPositions() });
  },

  clear() {
    past = [];
    future = [];
    set({ ...EMPTY, owner: state.owner });
  },
};

/** Where collapsed members were, so undoing a grouping puts them back there. */
const withStashedPositions = () =>
  Object.assign(
    {},
    ...Object.values(state.stashes).map((stash) => stash.positions),
    state.positions,
  ) as Record<string, Position>;

/** Selection and highlight of what the restored scene still has. */
function keptSelection(scene: Scene) {
  const ids = new Set(scene.elements.map(idOf));
  return {
    selected: state.selected.filter((id) => ids.has(id)),
    highlighted: state.highlighted.filter((id) => ids.has(id)),
  };
}

export const useCanvas = () => useSyncExternalStore(canvasStore.subscribe, canvasStore.getState);

/** The canvas's nodes as data, without the "+N more" placeholders and the groups. */
export const nodesOf = (elements: ElementDefinition[]): NodeData[] =>
  elements
    .filter(
      (element) =>
        element.group === 'nodes' && element.data.label !== 'More' && element.data.label !== 'Group',
    )
    .map((element) => element.data as NodeData);
