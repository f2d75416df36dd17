// The timeline's picture (SVG): a date axis, complaints as marks, and for each handset a bar a period of
// use of one of its numbers, packed in lanes. Dragging across it chooses the canvas's date dateWindow.
import { useRef, useState } from 'react';
import { canvasStore, type DateWindow } from './canvas-store.ts';
import { dateOfDay, dayOf, type Timeline, type TimelineHandset } from './timeline-data.ts';
import { axisOf, dayOfX, monthTicks, xOfDay, type Axis } from './timeline-axis.ts';
import { KIND_COLOURS } from './graph-style.ts';
import { useWidth } from './use-width.ts';

const LABEL_WIDTH = 64;
const AXIS_HEIGHT = 16;
const MARKS_HEIGHT = 12;
const LANE_HEIGHT = 7;
const HANDSET_GAP = 5;

interface Props {
  timeline: Timeline;
  span: { from: string; to: string };
  dateWindow: DateWindow;
}

export function TimelinePlot({ timeline, span, dateWindow }: Props) {
  const [box, width] = useWidth<HTMLDivElement>();
  const axis = axisOf(span, LABEL_WIDTH, width - LABEL_WIDTH - 8);
  const brush = useBrush(axis);
  let top = AXIS_HEIGHT + MARKS_HEIGHT;
  const rows = timeline.handsets.map((handset) => {
    const row = (
      <HandsetRow key={handset.id} handset={handset} axis={axis} top={top} dateWindow={dateWindow} />
    );
    top += handset.lanes.length * LANE_HEIGHT + HANDSET_GAP;
    return row;
  });
  const shaded = brush.draft ?? windowDays(dateWindow, axis);
  return (
    <div className="timeline-plot" ref={box}>
      <svg width={width} height={top} {...brush.handlers} aria-label="Periods of use on a date axis">
        {monthTicks(axis).map((tick) => (
          <g key={tick.day} transform={`translate(${xOfDay(axis, tick.day)},0)`}>
            <line y1={AXIS_HEIGHT - 4} y2={top} className="timeline-tick" />
            <text y={AXIS_HEIGHT - 6}>{tick.label}</text>
          </g>
        ))}
        {timeline.marks.map((mark) => (
          <path
            key={mark.id}
            className="timeline-mark"
            d={`M${xOfDay(axis, dayOf(mark.date))},${AXIS_HEIGHT + MARKS_HEIGHT - 2} l-4,-8 h8 z`}
            fill={KIND_COLOURS.Complaint}
          >
            <title>{`Complaint ${mark.ackNo}, ${mark.date}`}</title>
          </path>
        ))}
        {rows}
        {shaded ? (
          <rect
            className="timeline-dateWindow"
            x={xOfDay(axis, shaded[0])}
            width={Math.max(1, xOfDay(axis, shaded[1]) - xOfDay(axis, shaded[0]))}
            y={AXIS_HEIGHT - 4}
            height={top}
          />
        ) : null}
      </svg>
    </div>
  );
}

function HandsetRow({
  handset,
  axis,
  top,
  dateWindow,
}: {
  handset: TimelineHandset;
  axis: Axis;
  top: number;
  dateWindow: DateWindow;
}) {
  return (
    <g>
      <text x={0} y={top + 7} className="timeline-label">
        {handset.caption}
      </text>
      {handset.lanes.flatMap((lane, index) =>
        lane.map((bar) => {
          const x = xOfDay(axis, dayOf(bar.from));
          const outside =
            (dateWindow.from !== '' && bar.to < dateWindow.from) ||
            (dateWindow.to !== '' && bar.from > dateWindow.to);
          return (
            <rect
              key={bar.edgeId}
              className={outside ? 'timeline-period outside' : 'timeline-period'}
              x={x}
              y={top + index * LANE_HEIGHT}
              width={Math.max(2, xOfDay(axis, dayOf(bar.to) + 1) - x)}
              height={LANE_HEIGHT - 2}
              fill={KIND_COLOURS.SIM}
            >
              <title>{`${bar.msisdn} in ${handset.caption}: ${bar.from} – ${bar.to}`}</title>
            </rect>
          );
        }),
      )}
    </g>
  );
}

/** The dateWindow in days on the axis (open ends at the axis's ends), or none. */
function windowDays(dateWindow: DateWindow, axis: Axis): [number, number] | undefined {
  if (dateWindow.from === '' && dateWindow.to === '') return undefined;
  return [
    dateWindow.from ? dayOf(dateWindow.from) : axis.first,
    dateWindow.to ? dayOf(dateWindow.to) + 1 : axis.last,
  ];
}

/** Drag across the plot to choose the dateWindow; a click without a drag changes nothing. */
function useBrush(axis: Axis) {
  const start = useRef<number>(undefined);
  const [draft, setDraft] = useState<[number, number]>();
  const dayAt = (event: React.PointerEvent<SVGSVGElement>) =>
    dayOfX(axis, event.clientX - event.currentTarget.getBoundingClientRect().left);
  const handlers = {
    onPointerDown(event: React.PointerEvent<SVGSVGElement>) {
      event.currentTarget.setPointerCapture(event.pointerId);
      start.current = dayAt(event);
    },
    onPointerMove(event: React.PointerEvent<SVGSVGElement>) {
      if (start.current === undefined) return;
      const day = dayAt(event);
      setDraft([Math.min(start.current, day), Math.max(start.current, day)]);
    },
    onPointerUp() {
      const chosen = draft;
      start.current = undefined;
      setDraft(undefined);
      if (!chosen || chosen[1] - chosen[0] < 1) return;
      const from = Math.max(chosen[0], axis.first);
      const to = Math.min(chosen[1], axis.last);
      canvasStore.setDateWindow({ from: dateOfDay(from), to: dateOfDay(to) });
    },
  };
  return { draft, handlers };
}
