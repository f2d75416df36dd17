// One filter model for the canvas: a node is shown unless its kind is hidden or its date lies outside the
// window; a link is shown unless its own dates lie outside (and Cytoscape hides links of hidden nodes).
// Kinds and dates are one decision, so hiding and showing a kind never undoes the date window.
import type { DateWindow } from './canvas-store.ts';

/** The date an element is about: a link's last day, a number's activation, a complaint's report. */
const dateOf = (data: Record<string, unknown>) =>
  (data.lastSeen ?? data.activatedOn ?? data.reportedOn) as string | undefined;

export function isOutsideWindow(data: Record<string, unknown>, window: DateWindow): boolean {
  const date = dateOf(data);
  if (date === undefined) return false;
  const first = (data.firstSeen as string | undefined) ?? date;
  return (window.from !== '' && date < window.from) || (window.to !== '' && first > window.to);
}

export interface CanvasFilter {
  hiddenKinds: string[];
  dateWindow: DateWindow;
}

/** A group of neighbours is of its members' kind. */
export const isNodeFilteredOut = (data: Record<string, unknown>, filter: CanvasFilter) =>
  filter.hiddenKinds.includes((data.label === 'Group' ? data.kind : data.label) as string) ||
  isOutsideWindow(data, filter.dateWindow);
