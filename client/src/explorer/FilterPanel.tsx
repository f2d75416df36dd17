import { canvasStore, useCanvas } from './canvas-store.ts';
import { KIND_COLOURS, KIND_TITLES } from './graph-style.ts';

const KINDS = Object.keys(KIND_COLOURS).filter((kind) => kind !== 'More' && kind !== 'Group');

/** Kinds to show; with the timeline's date window one filter (canvas-filter.ts), each change an undo step. */
export function FilterPanel() {
  const { hiddenKinds } = useCanvas();
  return (
    <fieldset className="filters">
      <legend>Show</legend>
      {KINDS.map((kind) => (
        <label key={kind}>
          <input
            type="checkbox"
            checked={!hiddenKinds.includes(kind)}
            onChange={() => canvasStore.toggleKind(kind)}
          />
          <span className={`kind kind-${kind}`}>{kind}</span>{' '}
          <small>{KIND_TITLES[kind]?.replace(/^\S+ ?/, '')}</small>
        </label>
      ))}
    </fieldset>
  );
}
