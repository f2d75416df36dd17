import { formatNumber } from '../format.ts';
import { canvasStore } from './canvas-store.ts';
import { groupTitle, type GroupData } from './supernode.ts';

interface Props {
  group: GroupData;
  busy: boolean;
  onOpen(): void;
  onClose(): void;
}

/** A supernode's group, selected: what it holds, and Open (its members, a page at a time) or Close. */
export function GroupPanel({ group, busy, onOpen, onClose }: Props) {
  return (
    <aside className="panel" aria-label="Selected group">
      <h2>
        <span className={`kind kind-${group.kind}`}>{group.kind}</span> {groupTitle(group)}
      </h2>
      <p data-testid="group-count">
        {formatNumber(group.count)} neighbours of {group.of}
        {group.shown > 0 ? `, ${formatNumber(group.shown)} shown` : ''}.
      </p>
      <p className="hint">
        A node with more neighbours than a page is drawn with its neighbours in groups; opening a group draws
        its members inside it, a page at a time (“+N more” fetches the next).
      </p>
      {group.shown === 0 ? (
        <button className="primary" onClick={onOpen} disabled={busy}>
          Open
        </button>
      ) : (
        <button onClick={onClose}>Close group</button>
      )}
    </aside>
  );
}

/** A group collapsed on the canvas (Group ▾): how many it holds, and Ungroup. */
export function CollapsedGroupPanel({ group }: { group: GroupData }) {
  return (
    <aside className="panel" aria-label="Selected group">
      <h2>
        <span className={`kind kind-${group.kind}`}>{group.kind}</span> {group.caption.split('\n')[0]}
      </h2>
      <p data-testid="group-count">{formatNumber(group.count)} collapsed into this node.</p>
      <button onClick={() => canvasStore.ungroup([group.id])}>Ungroup</button>
    </aside>
  );
}
