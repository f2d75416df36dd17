// The explorer's keys: Ctrl+Z undoes the last canvas change, Ctrl+Shift+Z (or Ctrl+Y) redoes it, ? opens
// the help; on the canvas, the arrows move the keyboard cursor between neighbours (keyboard-cursor.ts),
// Space selects or unselects the cursor's node, Enter expands it, Delete removes the selection (or the
// cursor's node), Escape clears the selection. Typing in a field or a dialog is left alone.
import { useEffect, useRef } from 'react';
import { canvasStore } from './canvas-store.ts';
import { moveCursor, showCursor, type Direction } from './keyboard-cursor.ts';

const ARROWS: Record<string, Direction> = {
  arrowup: 'up',
  arrowdown: 'down',
  arrowleft: 'left',
  arrowright: 'right',
};

export function useExplorerKeys(handlers: { onHelp(): void; onExpand(nodeId: string): void }) {
  const latest = useRef(handlers);
  latest.current = handlers;
  const cursor = useRef<string | undefined>(undefined);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (target.closest('input, textarea, select, dialog')) return;
      const key = event.key.toLowerCase();
      if (key === '?') latest.current.onHelp();
      else if (event.ctrlKey || event.metaKey) {
        if (key === 'z' && !event.shiftKey) canvasStore.undo();
        else if ((key === 'z' && event.shiftKey) || key === 'y') canvasStore.redo();
        else return;
      } else if (!onCanvasKey(key)) return;
      event.preventDefault();
    };
    const onCanvasKey = (key: string): boolean => {
      const instance = window.cy;
      if (!instance) return false;
      // Enter and Space on a focused button or link are that button's.
      const onControl = Boolean(document.activeElement?.closest('button, a'));
      if ((key === 'enter' || key === ' ') && onControl) return false;
      const { selected } = canvasStore.getState();
      if (ARROWS[key]) {
        // The cursor starts at the node last selected, else near the middle of the view.
        const from = cursor.current ?? selected.at(-1);
        cursor.current = moveCursor(instance, from, ARROWS[key]);
        showCursor(instance, cursor.current);
      } else if (key === ' ' && cursor.current) {
        const id = cursor.current;
        canvasStore.select(
          selected.includes(id) ? selected.filter((other) => other !== id) : [...selected, id],
        );
      } else if (key === 'enter' && cursor.current) latest.current.onExpand(cursor.current);
      else if (key === 'delete' || key === 'backspace') {
        const gone = selected.length > 0 ? selected : cursor.current ? [cursor.current] : [];
        if (gone.length === 0) return false;
        canvasStore.remove(gone);
        if (cursor.current && gone.includes(cursor.current)) cursor.current = undefined;
      } else if (key === 'escape' && selected.length > 0) canvasStore.select([]);
      else return false;
      return true;
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
