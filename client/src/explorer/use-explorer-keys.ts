// The explorer's keys: Ctrl+Z undoes the last canvas change, Ctrl+Shift+Z (or Ctrl+Y) redoes it, ? opens
// the help. Typing in a field or a dialog is left alone.
import { useEffect, useRef } from 'react';
import { canvasStore } from './canvas-store.ts';

export function useExplorerKeys(onHelp: () => void) {
  const help = useRef(onHelp);
  help.current = onHelp;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (target.closest('input, textarea, select, dialog')) return;
      const key = event.key.toLowerCase();
      if (key === '?') help.current();
      else if (!(event.ctrlKey || event.metaKey)) return;
      else if (key === 'z' && !event.shiftKey) canvasStore.undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') canvasStore.redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
