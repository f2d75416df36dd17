// A one-time password, shown once: the admin hands it to the user, who must replace it at first login.
import { Dialog } from '../layout/Dialog.tsx';

export function OneTimePasswordDialog({
  username,
  password,
  onClose,
}: {
  username: string;
  password: string;
  onClose(): void;
}) {
  return (
    <Dialog label="One-time password" onClose={onClose}>
      <h2>One-time password for {username}</h2>
      <p>
        Give it to {username} in person or over a channel you trust. It is shown only now; they must choose
        their own password when they first log in with it.
      </p>
      <p className="one-time-password" data-testid="one-time-password">
        <code>{password}</code>
      </p>
      <div className="actions">
        <button onClick={onClose} autoFocus>
          Done
        </button>
      </div>
    </Dialog>
  );
}
