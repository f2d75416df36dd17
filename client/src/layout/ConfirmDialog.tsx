import type { ReactNode } from 'react';
import { Dialog } from './Dialog.tsx';

/**
 * "Are you sure?" before an action that cannot be taken back: a title, what the action does, and the
 * action's button beside Cancel (which has the focus, so Enter does not confirm by accident).
 */
export function ConfirmDialog(props: {
  label: string;
  title: string;
  children: ReactNode;
  action: string;
  /** The action's button while it runs ("Approving…"). */
  pendingAction: string;
  pending: boolean;
  onConfirm(): void;
  onCancel(): void;
}) {
  return (
    <Dialog label={props.label} onClose={props.onCancel}>
      <h2>{props.title}</h2>
      {props.children}
      <div className="actions">
        <button className="primary" disabled={props.pending} onClick={props.onConfirm}>
          {props.pending ? props.pendingAction : props.action}
        </button>
        <button onClick={props.onCancel} autoFocus>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
