// Under the canvas: when the numbers of the chosen handsets were in use, and when victims reported them.
// Dragging across the dates sets the canvas's date window (one filter with the kinds: canvas-filter.ts);
// Play slides a window along, so the swaps happen again in order.
import { useMemo } from 'react';
import { canvasStore, useCanvas } from './canvas-store.ts';
import { timelineOf } from './timeline-data.ts';
import { TimelinePlot } from './TimelinePlot.tsx';
import { useTimelinePlay } from './use-timeline-play.ts';
import { formatCount } from '../format.ts';

export function Timeline() {
  const { elements, selected, dateWindow } = useCanvas();
  const timeline = useMemo(() => timelineOf(elements, selected), [elements, selected]);
  const { playing, toggle } = useTimelinePlay(timeline.span, dateWindow);
  const windowed = dateWindow.from !== '' || dateWindow.to !== '';
  const periods = timeline.handsets.reduce((sum, handset) => sum + handset.lanes.flat().length, 0);

  return (
    <details className="timeline" open data-testid="timeline">
      <summary>
        Timeline{' '}
        <small>
          {timeline.handsets.length === 0
            ? ''
            : `${formatCount(periods, 'period')} of numbers in ${timeline.fromSelection ? 'the selected' : 'the'} ${formatCount(timeline.handsets.length, 'handset')}${timeline.omitted ? ` (${timeline.omitted} more not shown)` : ''}, ${formatCount(timeline.marks.length, 'complaint')}`}
        </small>
      </summary>
      <div className="timeline-bar">
        <span aria-live="polite" data-testid="date-window">
          {windowed ? `Showing ${dateWindow.from || '…'} – ${dateWindow.to || '…'}` : 'All dates'}
        </span>
        <button onClick={toggle} disabled={!timeline.span} aria-pressed={playing}>
          {playing ? 'Pause' : 'Play'}
        </button>
        <button
          onClick={() => canvasStore.setDateWindow({ from: '', to: '' })}
          disabled={!windowed || playing}
        >
          All dates
        </button>
      </div>
      {timeline.span ? (
        <TimelinePlot timeline={timeline} span={timeline.span} dateWindow={dateWindow} />
      ) : (
        <p className="empty">
          Put handsets with their numbers on the canvas (expand a handset) to see when each number was in use;
          select handsets to see only theirs.
        </p>
      )}
    </details>
  );
}
