// The timeline's play button: a window slides from the first period to the last, so the canvas shows
// which numbers were in use as time goes on (a farm's swaps, one after another). The replay is one undo
// step: its first window is a step, the ones after it only move the window.
import { useEffect, useRef, useState } from 'react';
import { canvasStore, type DateWindow } from './canvas-store.ts';
import { dateOfDay, dayOf } from './timeline-data.ts';

const FRAMES = 40;
const FRAME_MS = 350;

export function useTimelinePlay(span: { from: string; to: string } | undefined, window: DateWindow) {
  const [playing, setPlaying] = useState(false);
  const timer = useRef<ReturnType<typeof setInterval>>(undefined);
  const stop = () => {
    clearInterval(timer.current);
    setPlaying(false);
  };
  useEffect(() => () => clearInterval(timer.current), []);

  const play = () => {
    if (!span) return;
    const first = dayOf(span.from);
    const last = dayOf(span.to);
    const chosen = window.from && window.to ? dayOf(window.to) - dayOf(window.from) : 0;
    // The window as brushed, or a twelfth of the span: a week at least.
    const width = chosen > 0 && chosen < last - first ? chosen : Math.max(7, Math.round((last - first) / 12));
    const stride = Math.max(1, Math.ceil((last - first - width) / FRAMES));
    let start = first;
    const windowAt = (day: number) => ({ from: dateOfDay(day), to: dateOfDay(day + width) });
    canvasStore.setDateWindow(windowAt(start));
    setPlaying(true);
    timer.current = setInterval(() => {
      start += stride;
      if (start + width > last + stride) return stop();
      canvasStore.moveDateWindow(windowAt(Math.min(start, last - width)));
    }, FRAME_MS);
  };
  return { playing, toggle: () => (playing ? stop() : play()) };
}
