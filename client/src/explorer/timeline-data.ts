// The timeline under the canvas, as data: the usage periods of the numbers in the chosen handsets (the
// selected ones, or every handset drawn) as bars on a date axis, and the complaints against those numbers
// as marks. A farm's rotation shows as many short bars in sequence; a family phone as a few long ones.
import type { ElementDefinition } from 'cytoscape';

export interface TimelineBar {
  edgeId: string;
  simId: string;
  msisdn: string;
  from: string;
  to: string;
}
export interface TimelineHandset {
  id: string;
  caption: string;
  /** Bars packed into lanes: the periods of one lane do not overlap. */
  lanes: TimelineBar[][];
}
export interface TimelineMark {
  id: string;
  ackNo: string;
  date: string;
}
export interface Timeline {
  handsets: TimelineHandset[];
  /** Chosen handsets left off to keep the timeline readable. */
  omitted: number;
  marks: TimelineMark[];
  span?: { from: string; to: string };
  /** Whether the handsets are the selected ones (else every handset drawn). */
  fromSelection: boolean;
}

export const MAX_TIMELINE_HANDSETS = 40;

type Data = Record<string, unknown>;

export function timelineOf(
  elements: ElementDefinition[],
  selected: string[],
  maxHandsets = MAX_TIMELINE_HANDSETS,
): Timeline {
  const nodes = new Map<string, Data>();
  for (const { group, data } of elements) if (group === 'nodes') nodes.set(data.id!, data);
  const selectedHandsets = selected.filter((id) => nodes.get(id)?.label === 'Handset');
  const fromSelection = selectedHandsets.length > 0;
  const chosen = fromSelection
    ? selectedHandsets
    : [...nodes.values()].filter((data) => data.label === 'Handset').map((data) => data.id as string);

  const bars = barsByHandset(elements, nodes, new Set(chosen));
  const withBars = chosen.filter((id) => bars.has(id));
  const shown = withBars.slice(0, maxHandsets);
  const handsets = shown.map((id) => ({
    id,
    caption: captionOf(nodes.get(id)!),
    lanes: packLanes(bars.get(id)!),
  }));
  const sims = new Set(handsets.flatMap((handset) => handset.lanes.flat().map((bar) => bar.simId)));
  const marks = complaintMarks(elements, nodes, sims);
  return {
    handsets,
    omitted: withBars.length - shown.length,
    marks,
    span: spanOf(handsets, marks),
    fromSelection,
  };
}

function barsByHandset(elements: ElementDefinition[], nodes: Map<string, Data>, chosen: Set<string>) {
  const bars = new Map<string, TimelineBar[]>();
  for (const { group, data } of elements) {
    if (group !== 'edges' || data.type !== 'USED_IN' || !chosen.has(data.target!)) continue;
    const { firstSeen, lastSeen } = data as Data;
    if (typeof firstSeen !== 'string' || typeof lastSeen !== 'string') continue;
    const sim = nodes.get(data.source!);
    const bar = {
      edgeId: data.id!,
      simId: data.source!,
      msisdn: String(sim?.key ?? ''),
      from: firstSeen,
      to: lastSeen,
    };
    bars.set(data.target!, [...(bars.get(data.target!) ?? []), bar]);
  }
  return bars;
}

/** First fit by start date: a bar goes in the first lane whose last bar ended before it began. */
export function packLanes(bars: TimelineBar[]): TimelineBar[][] {
  const lanes: TimelineBar[][] = [];
  for (const bar of [...bars].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to))) {
    const lane = lanes.find((candidate) => candidate[candidate.length - 1]!.to < bar.from);
    if (lane) lane.push(bar);
    else lanes.push([bar]);
  }
  return lanes;
}

function complaintMarks(elements: ElementDefinition[], nodes: Map<string, Data>, sims: Set<string>) {
  const marks = new Map<string, TimelineMark>();
  for (const { group, data } of elements) {
    if (group !== 'edges' || data.type !== 'REPORTS' || !sims.has(data.target!)) continue;
    const complaint = nodes.get(data.source!);
    if (typeof complaint?.reportedOn !== 'string') continue;
    marks.set(data.source!, { id: data.source!, ackNo: String(complaint.key), date: complaint.reportedOn });
  }
  return [...marks.values()].sort((a, b) => a.date.localeCompare(b.date));
}

function spanOf(handsets: TimelineHandset[], marks: TimelineMark[]) {
  const bars = handsets.flatMap((handset) => handset.lanes.flat());
  const starts = [...bars.map((bar) => bar.from), ...marks.map((mark) => mark.date)].sort();
  const ends = [...bars.map((bar) => bar.to), ...marks.map((mark) => mark.date)].sort();
  return starts.length > 0 ? { from: starts[0]!, to: ends[ends.length - 1]! } : undefined;
}

/** A handset by the last six digits of its IMEI, as the canvas labels it. */
const captionOf = (data: Data) => `…${String(data.key).slice(-6)}`;

const DAY_MS = 86_400_000;
/** Days since 1970 of a YYYY-MM-DD date, and back: the axis works in whole days. */
export const dayOf = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
export const dateOfDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
