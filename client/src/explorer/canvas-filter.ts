// One filter model for the canvas: a node is shown unless its kind is hidden or it lies outside the date
// window; a link is shown unless its own dates lie outside (and Cytoscape hides links of hidden nodes).
// Kinds and dates are one decision, so hiding and showing a kind never undoes the date window.
import type { DateWindow } from './canvas-store.ts';

type Data = Record<string, unknown>;

/** The date an element is about: a link's last day, a number's activation, a complaint's report. */
const dateOf = (data: Data) => (data.lastSeen ?? data.activatedOn ?? data.reportedOn) as string | undefined;

export function isOutsideWindow(data: Data, window: DateWindow): boolean {
  const date = dateOf(data);
  if (date === undefined) return false;
  const first = (data.firstSeen as string | undefined) ?? date;
  return (window.from !== '' && date < window.from) || (window.to !== '' && first > window.to);
}

/** A group of neighbours is of its members' kind. */
const kindOf = (data: Data) => (data.label === 'Group' ? data.kind : data.label) as string;

/** A link with a period of its own: a number's use of a handset. */
const isPeriod = (data: Data) => data.firstSeen !== undefined && data.lastSeen !== undefined;

export interface CanvasFilter {
  hiddenKinds: string[];
  dateWindow: DateWindow;
}

/**
 * The nodes the filter leaves out. A node with periods among its links on the canvas (a number, a
 * handset) is in the window while one of those periods is, so a number activated long ago shows while it
 * is in use; other nodes go by their own date. A "+N more" placeholder goes with its node.
 */
export function filteredOutNodeIds(
  elements: { group?: string; data: Data }[],
  { hiddenKinds, dateWindow }: CanvasFilter,
): Set<string> {
  const inUse = new Map<string, boolean>(); // node → one of its periods lies in the window
  if (dateWindow.from !== '' || dateWindow.to !== '') {
    for (const { group, data } of elements) {
      if (group !== 'edges' || !isPeriod(data)) continue;
      const inside = !isOutsideWindow(data, dateWindow);
      for (const end of [data.source, data.target] as string[]) inUse.set(end, inUse.get(end) || inside);
    }
  }
  const out = new Set<string>();
  const isOut = (data: Data) =>
    hiddenKinds.includes(kindOf(data)) ||
    (inUse.has(data.id as string) ? !inUse.get(data.id as string) : isOutsideWindow(data, dateWindow));
  for (const { group, data } of elements) if (group === 'nodes' && isOut(data)) out.add(data.id as string);
  for (const { group, data } of elements)
    if (group === 'nodes' && data.label === 'More' && out.has(data.of as string)) out.add(data.id as string);
  return out;
}
