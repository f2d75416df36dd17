// A new user: name, role, agency and jurisdiction (national, or some circles). The server answers with a
// one-time password.
import { useState, type FormEvent } from 'react';
import { ROLES, type Role } from '../../../server/auth/roles.ts';
import { CIRCLES } from '../../../server/ingest/identifiers.ts';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import { Dialog } from '../layout/Dialog.tsx';
import { useAddUser } from './users-api.ts';

export function AddUserDialog({
  onClose,
  onAdded,
}: {
  onClose(): void;
  onAdded(username: string, oneTimePassword: string): void;
}) {
  const add = useAddUser();
  const [username, setUsername] = useState('');
  const [role, setRole] = useState<Role>('investigator');
  const [agency, setAgency] = useState('');
  const [national, setNational] = useState(true);
  const [circles, setCircles] = useState<string[]>([]);
  const scopeMissing = !national && circles.length === 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (scopeMissing) return;
    add.mutate(
      { username, role, agency, scope: national ? 'national' : circles },
      { onSuccess: (answer) => onAdded(answer.user.username, answer.oneTimePassword) },
    );
  };
  const toggle = (circle: string) =>
    setCircles((chosen) =>
      chosen.includes(circle) ? chosen.filter((c) => c !== circle) : [...chosen, circle],
    );

  return (
    <Dialog label="Add user" onClose={onClose}>
      <form onSubmit={submit} className="add-user">
        <h2>Add user</h2>
        <label>
          Username
          <input
            value={username}
            onChange={(e) => setUsername(e.target.value.toLowerCase())}
            pattern="[a-z0-9][a-z0-9._\-]{1,63}"
            title="2-64 lower-case letters, digits, dots, dashes or underscores"
            required
            autoFocus
          />
        </label>
        <label>
          Role
          <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Agency
          <input value={agency} onChange={(e) => setAgency(e.target.value)} maxLength={200} />
        </label>
        <fieldset>
          <legend>Jurisdiction</legend>
          <label className="inline">
            <input type="radio" checked={national} onChange={() => setNational(true)} /> National
          </label>
          <label className="inline">
            <input type="radio" checked={!national} onChange={() => setNational(false)} /> These circles:
          </label>
          <div className="circle-choices" aria-disabled={national}>
            {CIRCLES.map((circle) => (
              <label key={circle} className="inline">
                <input
                  type="checkbox"
                  disabled={national}
                  checked={circles.includes(circle)}
                  onChange={() => toggle(circle)}
                />{' '}
                {circle}
              </label>
            ))}
          </div>
          {scopeMissing ? <p className="error">Choose at least one circle.</p> : null}
        </fieldset>
        <ErrorMessage error={add.error} />
        <div className="actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" disabled={add.isPending || scopeMissing}>
            {add.isPending ? 'Adding…' : 'Add user'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
