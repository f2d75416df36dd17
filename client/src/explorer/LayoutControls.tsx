import { LAYOUTS, type LayoutName } from './canvas-layout.ts';
import { canvasStore, nodesOf, useCanvas } from './canvas-store.ts';

/** The layout to lay the canvas out with again, and pinning the selected nodes where they are. */
export function LayoutControls() {
  const canvas = useCanvas();
  const selected = new Set(canvas.selected);
  const nodes = nodesOf(canvas.elements).filter((node) => selected.has(node.id));
  const allPinned = nodes.length > 0 && nodes.every((node) => node.pinned === true);
  return (
    <>
      <label className="inline">
        Layout{' '}
        <select
          aria-label="Layout"
          value={canvas.layoutRequest.name}
          onChange={(event) => canvasStore.requestLayout(event.target.value as LayoutName)}
        >
          {LAYOUTS.map((layout) => (
            <option key={layout.name} value={layout.name}>
              {layout.title}
            </option>
          ))}
        </select>
      </label>
      <button onClick={() => canvasStore.requestLayout(canvas.layoutRequest.name)} title="Lay out again">
        Re-layout
      </button>
      <button
        onClick={() =>
          canvasStore.pin(
            nodes.map((node) => node.id),
            !allPinned,
          )
        }
        disabled={nodes.length === 0}
        title="Pinned nodes keep their place through every layout"
      >
        {allPinned ? 'Unpin' : 'Pin'} ({nodes.length})
      </button>
    </>
  );
}
