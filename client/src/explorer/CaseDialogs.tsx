// The explorer's ways into a case: save the canvas as a view of one of my cases, pin a node to one.
import { useMemo, useState, type FormEvent } from 'react';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import type { NodeData } from '../api/types.ts';
import { usePinNode, useSaveView } from '../cases/cases-api.ts';
import { MyCaseSelect } from '../cases/MyCaseSelect.tsx';
import { Dialog } from '../layout/Dialog.tsx';
import { viewOfCanvas } from './case-view.ts';
import { canvasStore } from './canvas-store.ts';
import { formatCount } from '../format.ts';

export interface SavedToCase {
  caseId: string;
  viewId?: string;
  /** What was done, for the notice: "View “…” saved", "Handset … pinned". */
  done: string;
}

export function SaveViewDialog({ onClose }: { onClose(saved?: SavedToCase): void }) {
  const save = useSaveView();
  const [caseId, setCaseId] = useState('');
  const [name, setName] = useState('');
  // What the view will hold, nodes collapsed into a group (Group ▾) included (the canvas does not change
  // under the dialog).
  const { nodes, groups } = useMemo(() => viewOfCanvas(canvasStore.getState(), ''), []);
  const count = nodes.length;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const view = viewOfCanvas(canvasStore.getState(), name);
    save.mutate(
      { caseId, view },
      { onSuccess: ({ id }) => onClose({ caseId, viewId: id, done: `View “${name}” saved` }) },
    );
  };
  return (
    <Dialog label="Save view to case" onClose={() => onClose()}>
      <form onSubmit={submit}>
        <h2>
          Save the canvas ({formatCount(count, 'node')}
          {groups.length ? `, ${formatCount(groups.length, 'group')}` : ''}) to a case
        </h2>
        <MyCaseSelect value={caseId} onChange={setCaseId} />
        <label>
          Name of the view
          <input value={name} onChange={(event) => setName(event.target.value)} required maxLength={200} />
        </label>
        <ErrorMessage error={save.error} />
        <div className="actions">
          <button type="submit" className="primary" disabled={save.isPending || count === 0}>
            {save.isPending ? 'Saving…' : 'Save view'}
          </button>
          <button type="button" onClick={() => onClose()}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}

export function PinDialog({ node, onClose }: { node: NodeData; onClose(pinned?: SavedToCase): void }) {
  const pin = usePinNode();
  const [caseId, setCaseId] = useState('');
  const [comment, setComment] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    pin.mutate(
      { caseId, nodeId: node.id, comment },
      { onSuccess: () => onClose({ caseId, done: `${node.label} ${node.caption} pinned` }) },
    );
  };
  return (
    <Dialog label="Pin to case" onClose={() => onClose()}>
      <form onSubmit={submit}>
        <h2>
          Pin {node.label} {node.caption} to a case
        </h2>
        <MyCaseSelect value={caseId} onChange={setCaseId} />
        <label>
          Why it matters
          <textarea value={comment} onChange={(event) => setComment(event.target.value)} required />
        </label>
        <ErrorMessage error={pin.error} />
        <div className="actions">
          <button type="submit" className="primary" disabled={pin.isPending}>
            {pin.isPending ? 'Pinning…' : 'Pin'}
          </button>
          <button type="button" onClick={() => onClose()}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
