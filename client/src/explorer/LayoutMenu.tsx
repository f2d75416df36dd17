import { LAYOUTS } from './canvas-layout.ts';
import { canvasStore, nodesOf, useCanvas } from './canvas-store.ts';
import { ToolbarMenu } from './ToolbarMenu.tsx';

/**
 * The layout to lay the canvas out with (choosing the current one lays it out again), and pinning the
 * selected nodes where they are, in one menu.
 */
export function LayoutMenu() {
  const canvas = useCanvas();
  const selected = new Set(canvas.selected);
  const nodes = nodesOf(canvas.elements).filter((node) => selected.has(node.id));
  const allPinned = nodes.length > 0 && nodes.every((node) => node.pinned === true);
  const current = canvas.layoutRequest.name;
  return (
    <ToolbarMenu label="Layout ▾" title="Lay the canvas out again, or pin the selected nodes">
      {(close) => (
        <>
          {LAYOUTS.map((layout) => (
            <button
              key={layout.name}
              role="menuitemradio"
              aria-checked={layout.name === current}
              title={layout.name === current ? 'Lay out again' : undefined}
              onClick={() => {
                close();
                canvasStore.requestLayout(layout.name);
              }}
            >
              <span className="menu-check" aria-hidden="true">
                {layout.name === current ? '●' : ''}
              </span>
              {layout.title}
            </button>
          ))}
          <hr />
          <button
            role="menuitem"
            title="Pinned nodes keep their place through every layout"
            disabled={nodes.length === 0}
            onClick={() => {
              close();
              canvasStore.pin(
                nodes.map((node) => node.id),
                !allPinned,
              );
            }}
          >
            {allPinned ? 'Unpin' : 'Pin'} selected ({nodes.length})
          </button>
        </>
      )}
    </ToolbarMenu>
  );
}
