// Drawing thousands of new nodes at once: their layout's input (every node and link on the canvas to be,
// with the drawn nodes fixed), and adding them in slices between which the page answers clicks and draws.
import type { Core, ElementDefinition } from 'cytoscape';
import type { LayoutInput } from './big-layout.ts';
import type { Position } from './canvas-store.ts';
import { addElements } from './canvas-sync.ts';

/** From this many new nodes without a position, the layout runs in a worker (fcose would freeze the page). */
export const BIG_LAYOUT_NODES = 1_500;

/**
 * Work in one slice: the next slice grows or shrinks until each takes about this long. The goal is no
 * task over 200 ms, and now and then a slice takes two or three times its estimate (Cytoscape's styling
 * pass at its end varies); a slow machine gets smaller slices.
 */
const SLICE_BUDGET_MS = 70;
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
    // Per element, a slice costs about the same each time: aim the next one at the budget.
    const took = Math.max(performance.now() - began, 1);
    size = Math.max(100, Math.min(size * 2, Math.round((size * SLICE_BUDGET_MS) / took)));
    onProgress(Math.min(start, ordered.length), ordered.length);
    await afterUndrawnFrame(renderer); // the caller fits the view after the last slice
  }
  if (!renderer || !stillWanted()) return;
  // The drawing order (by z-index), in a task of its own rather than the first frame's: 50 ms.
  renderer.getCachedZSortedEles();
  await afterUndrawnFrame(renderer);
}

/**
 * The first frame of a big drawing, built in tasks of about the slice budget. Cytoscape's layered cache
 * holds one texture of the whole drawing at this zoom: it is filled here while frames are skipped, so
 * the frame that shows the drawing only pastes that texture (2 ms). Left to itself, Cytoscape drew every
 * element in that frame (250–350 ms for 21,000 elements, the longest task) and in each frame after it
 * until the texture was full. That cache is only kept while no element is restyled (see
 * steady-backgrounding.ts). Call after the view is fitted; resolves after the frame that shows the
 * drawing.
 */
export async function drawInLayers(instance: Core, stillWanted: () => boolean): Promise<void> {
  const renderer = layeredRendererOf(instance);
  if (!renderer) return;
  // After the fit's own task: the filters and the fit took 50–90 ms.
  await afterUndrawnFrame(renderer);
  if (!stillWanted()) return;
  renderer.flushRenderedStyleQueue();
  const cache = renderer.data.lyrTxrCache;
  const pixelRatio = renderer.getPixelRatio();
  const zoom = instance.zoom();
  cache.skipping = false; // elements just added count as recent changes, which make the cache wait
  // Sorting the elements into the layers' queue, in a task of its own: 160 ms for 21,000 elements.
  cache.getLayers(renderer.getCachedZSortedEles().nondrag, pixelRatio);
  await afterUndrawnFrame(renderer);
  while (cache.layersQueue.size() > 0 && stillWanted() && instance.zoom() === zoom) {
    const began = performance.now();
    while (cache.layersQueue.size() > 0 && performance.now() - began < SLICE_BUDGET_MS)
      cache.dequeue(pixelRatio);
    await afterUndrawnFrame(renderer);
  }
  await afterNextFrame();
}

/** Resolves after the browser's next frame (the page's own updates, the progress shown) and its input. */
const afterNextFrame = () =>
  new Promise<void>((resolve) =>
    typeof requestAnimationFrame === 'function'
      ? requestAnimationFrame(() => setTimeout(resolve, 0))
      : setTimeout(resolve, 0),
  );

/** Like afterNextFrame, with Cytoscape's next frame skipped: the canvas is drawn once the work is done. */
function afterUndrawnFrame(renderer: SliceHooks | undefined): Promise<void> {
  if (renderer) renderer.skipFrame = true;
  return afterNextFrame();
}

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

/** Cytoscape 3.34's layered texture cache, where the renderer has it. */
interface LayeredHooks extends SliceHooks {
  getCachedZSortedEles(): { nondrag: unknown[] };
  getPixelRatio(): number;
  data: {
    lyrTxrCache: {
      skipping: boolean;
      getLayers(elements: unknown[], pixelRatio: number): unknown;
      dequeue(pixelRatio: number): unknown;
      layersQueue: { size(): number };
    };
  };
}

function layeredRendererOf(instance: Core): LayeredHooks | undefined {
  const renderer = rendererOf(instance) as Partial<LayeredHooks> | undefined;
  const cache = renderer?.data?.lyrTxrCache;
  return typeof renderer?.getPixelRatio === 'function' &&
    typeof cache?.getLayers === 'function' &&
    typeof cache.dequeue === 'function' &&
    typeof cache.layersQueue?.size === 'function'
    ? (renderer as LayeredHooks)
    : undefined;
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
