import { useState } from 'react';
import { GROUPINGS } from './canvas-grouping.ts';
import { canvasStore, useCanvas } from './canvas-store.ts';
import { ToolbarMenu } from './ToolbarMenu.tsx';

/** Group by property: numbers by identity or operator, handsets by ring, each an undo step; and back. */
export function GroupMenu() {
  const canvas = useCanvas();
  const [nothing, setNothing] = useState<string>();
  const groups = Object.keys(canvas.stashes).length;
  return (
    <>
      <ToolbarMenu label="Group ▾" title="Collapse what is drawn into groups, or ungroup">
        {(close) => (
          <>
            {GROUPINGS.map((grouping) => (
              <button
                key={grouping.id}
                role="menuitem"
                onClick={() => {
                  close();
                  setNothing(
                    canvasStore.collapse(grouping) ? undefined : `${grouping.title}: no two go together.`,
                  );
                }}
              >
                {grouping.title}
              </button>
            ))}
            <button
              role="menuitem"
              disabled={groups === 0}
              onClick={() => {
                close();
                canvasStore.ungroup();
              }}
            >
              Ungroup all ({groups})
            </button>
          </>
        )}
      </ToolbarMenu>
      {nothing ? (
        <span role="status" className="busy">
          {nothing}
        </span>
      ) : null}
    </>
  );
}
