import { useState } from 'react';
import { GROUPINGS } from './canvas-grouping.ts';
import { canvasStore, useCanvas } from './canvas-store.ts';

/** Group by property: numbers by identity or operator, handsets by ring, each an undo step; and back. */
export function GroupMenu() {
  const canvas = useCanvas();
  const [open, setOpen] = useState(false);
  const [nothing, setNothing] = useState<string>();
  const collapse = (grouping: (typeof GROUPINGS)[number]) => {
    setOpen(false);
    setNothing(canvasStore.collapse(grouping) ? undefined : `${grouping.title}: no two go together.`);
  };
  const groups = Object.keys(canvas.stashes).length;
  return (
    <div className="menu">
      <button aria-expanded={open} aria-haspopup="menu" onClick={() => setOpen(!open)}>
        Group ▾
      </button>
      {open ? (
        <div className="menu-items" role="menu">
          {GROUPINGS.map((grouping) => (
            <button key={grouping.id} role="menuitem" onClick={() => collapse(grouping)}>
              {grouping.title}
            </button>
          ))}
          <button
            role="menuitem"
            disabled={groups === 0}
            onClick={() => {
              setOpen(false);
              canvasStore.ungroup();
            }}
          >
            Ungroup all ({groups})
          </button>
        </div>
      ) : null}
      {nothing ? (
        <span role="status" className="busy">
          {nothing}
        </span>
      ) : null}
    </div>
  );
}
