// Drawing thousands of new nodes at once: their layout's input (every node and link on the canvas to be,
// with the drawn nodes fixed), and adding them in slices between which the page answers clicks and draws.
import type { Core, ElementDefinition } from 'cytoscape';
import type { LayoutInput } from './big-layout.ts';
import type { Position } from './canvas-store.ts';
import { addElements } from './canvas-sync.ts';

/** From this many new nodes without a position, the layout runs in a worker (fcose would freeze the page). */
export const BIG_LAYOUT_NODES = 1_500;

/**
 * Time for one slice: the next slice grows or shrinks until each takes about this long (the goal is no
 * task over 200 ms, and a slow machine gets smaller slices).
 */
const SLICE_BUDGET_MS = 120;
const FIRST_SLICE = 500;

export function layoutInputOf(
  instance: Core,
  elements: ElementDefinition[],
  known: Record<string, Position>,
): LayoutInput {
  const fixed: LayoutInput['fixed'] = { ...known };
  instance.nodes().forEach((node) => {
    fixed[node.id()] = { ...node.position() };
  });
  const nodes: string[] = [];
  const edges: LayoutInput['edges'] = [];
  for (const element of elements) {
    if (element.group === 'edges') edges.push([element.data.source as string, element.data.target as string]);
    else nodes.push(element.data.id!);
  }
  const wanted = new Set(nodes);
  for (const id of Object.keys(fixed)) if (!wanted.has(id)) delete fixed[id];
  return { nodes, edges, fixed };
}

/**
 * Nodes first (a link needs both ends drawn), then links, a slice a task; stops when no longer wanted.
 * Each slice is styled and measured in its own task, and the canvas is not drawn until the last one:
 * Cytoscape draws every element on each frame, so drawing between slices made the work grow with the
 * square of the size (21,500 elements: the page's CPU time fell from 6.4 s to 3.9 s). Everything a big
 * drawing adds is `bulk` (see graph-style.ts): links are straight lines without arrows, a third less
 * work, where twenty thousand arrows would be specks anyway; nodes come without labels until the user
 * zooms in to read them (bulk-labels.ts).
 */
export async function addInSlices(
  instance: Core,
  fresh: ElementDefinition[],
  positions: Record<string, Position>,
  stillWanted: () => boolean,
  onProgress: (added: number, total: number) => void = () => {},
): Promise<void> {
  const ordered = [
    ...fresh.filter((element) => element.group !== 'edges'),
    ...fresh.filter((element) => element.group === 'edges'),
  ].map((element) => ({ ...element, classes: withClass(element.classes, 'bulk') }));
  const renderer = rendererOf(instance);
  let size = FIRST_SLICE;
  for (let start = 0; start < ordered.length;) {
    if (!stillWanted()) return;
    const began = performance.now();
    const slice = ordered.slice(start, start + size);
    withFreshElementChecksOff(instance, slice, () => {
      addElements(instance, slice, positions);
      renderer?.flushRenderedStyleQueue();
    });
    start += size;
    // Each element's box, cached now, so that the fit and the first frame do not measure them all at once.
    for (const element of slice) instance.getElementById(element.data.id!).boundingBox();
    if (renderer) renderer.skipFrame = true; // the caller fits the view after the last slice
    onProgress(Math.min(start, ordered.length), ordered.length);
    await afterNextFrame();
    // Per element, a slice costs about the same each time: aim the next one at the budget.
    const took = Math.max(performance.now() - began, 1);
    size = Math.max(100, Math.min(size * 4, Math.round((size * SLICE_BUDGET_MS) / took)));
  }
  if (!renderer || !stillWanted()) return;
  // The drawing order (by z-index), in a task of its own rather than the first frame's: 50 ms.
  renderer.getCachedZSortedEles();
  renderer.skipFrame = true;
  await afterNextFrame();
}

/** Resolves after the browser's next frame (the page's own updates, the progress shown) and its input. */
const afterNextFrame = () =>
  new Promise<void>((resolve) =>
    typeof requestAnimationFrame === 'function'
      ? requestAnimationFrame(() => setTimeout(resolve, 0))
      : setTimeout(resolve, 0),
  );

/**
 * The canvas renderer's hooks used above, where this Cytoscape has them (3.34: a frame's own styling
 * pass, its drawing order, and the flag that skips the next frame); without them slices are drawn as
 * they come.
 */
interface SliceHooks {
  flushRenderedStyleQueue(): void;
  getCachedZSortedEles(): unknown;
  skipFrame: boolean;
}

function rendererOf(instance: Core): SliceHooks | undefined {
  const renderer = (instance as unknown as { renderer?(): Partial<SliceHooks> | undefined }).renderer?.();
  return typeof renderer?.flushRenderedStyleQueue === 'function' &&
    typeof renderer.getCachedZSortedEles === 'function'
    ? (renderer as SliceHooks)
    : undefined;
}

function withClass(classes: ElementDefinition['classes'], name: string): string[] {
  const list = typeof classes === 'string' ? classes.split(/\s+/).filter(Boolean) : [...(classes ?? [])];
  return list.includes(name) ? list : [...list, name];
}

/**
 * Cytoscape, for every style property it sets on an element, clears the element's caches and walks its
 * links and parallel links to clear theirs ("triggers"): some twenty walks an element, a quarter of a
 * slice's time, for elements just added, which have no caches yet and (nodes come before their links) no
 * links. They are switched off while a slice is added and styled, unless the slice goes into groups
 * (Cytoscape compound nodes), whose boxes must follow their members; the boxes are measured afterwards.
 * A unit test (big-canvas.test.ts) checks that the elements come out styled and sized alike.
 */
function withFreshElementChecksOff(instance: Core, slice: ElementDefinition[], work: () => void) {
  // No style at all on a core without one (headless, styleEnabled off).
  const style = instance.style() as unknown as { checkTriggers?: unknown } | undefined;
  const intoGroups = slice.some((element) => element.data.parent !== undefined);
  if (!style || typeof style.checkTriggers !== 'function' || intoGroups) return work();
  style.checkTriggers = () => {}; // an own property over the prototype's method, for this slice only
  try {
    work();
  } finally {
    delete style.checkTriggers;
  }
}
