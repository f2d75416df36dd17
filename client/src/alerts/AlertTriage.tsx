// Triage of one open alert: each action is a button on the card that opens its one field (a case title,
// a case of mine, a reason, a date) and is sent by one more click.
import { useState, type FormEvent, type ReactNode } from 'react';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import { caseLink } from '../cases/cases-api.ts';
import { MyCaseSelect } from '../cases/MyCaseSelect.tsx';
import { explorerLinkFor } from '../explorer/use-open-from-address.ts';
import { useTriage, type AlertView, type Triage } from './alerts-api.ts';

type Mode = 'new-case' | 'case' | 'dismiss' | 'snooze';
const MODES: [Mode, string][] = [
  ['new-case', 'Assign to a new case'],
  ['case', 'Assign to my case'],
  ['dismiss', 'Dismiss'],
  ['snooze', 'Snooze'],
];

interface Props {
  alert: AlertView;
  evidence: string[];
  onDone(notice: ReactNode): void;
}

export function AlertTriage({ alert, evidence, onDone }: Props) {
  const [mode, setMode] = useState<Mode>();
  const triage = useTriage(alert.id);
  const send = (request: Triage) =>
    triage.mutate(request, {
      onSuccess: (done) => onDone(<TriageNotice alert={done} evidence={evidence} />),
    });
  return (
    <div className="triage">
      <div className="row-actions" role="group" aria-label="Triage">
        {MODES.map(([value, title]) => (
          <button
            key={value}
            className={mode === value ? 'tab-light active' : 'tab-light'}
            aria-pressed={mode === value}
            onClick={() => setMode(mode === value ? undefined : value)}
          >
            {title}
          </button>
        ))}
      </div>
      {mode ? <TriageForm mode={mode} alert={alert} busy={triage.isPending} onSend={send} /> : null}
      <ErrorMessage error={triage.error} />
    </div>
  );
}

function TriageNotice({ alert, evidence }: { alert: AlertView; evidence: string[] }) {
  if (alert.status === 'assigned' && alert.caseId)
    return (
      <span>
        Alert {alert.id} assigned to case <a href={caseLink(alert.caseId)}>{alert.caseId}</a>.{' '}
        <a href={explorerLinkFor(evidence)}>Open its evidence in the Explorer</a>
      </span>
    );
  if (alert.status === 'snoozed')
    return (
      <span>
        Alert {alert.id} snoozed until {alert.snoozedUntil?.slice(0, 10)}.
      </span>
    );
  return <span>Alert {alert.id} dismissed.</span>;
}

interface FormProps {
  mode: Mode;
  alert: AlertView;
  busy: boolean;
  onSend(request: Triage): void;
}

const dayFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

function TriageForm({ mode, alert, busy, onSend }: FormProps) {
  const [title, setTitle] = useState(`${alert.rule}: ${alert.subject}`);
  const [caseRef, setCaseRef] = useState('');
  const [caseId, setCaseId] = useState('');
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState(dayFromNow(7));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mode === 'new-case')
      onSend({ action: 'assign', body: { newCase: { title, caseRef: caseRef.trim() || undefined } } });
    if (mode === 'case') onSend({ action: 'assign', body: { caseId } });
    if (mode === 'dismiss') onSend({ action: 'dismiss', body: { reason } });
    if (mode === 'snooze') onSend({ action: 'snooze', body: { until } });
  };
  return (
    <form className="triage-form" onSubmit={submit}>
      {mode === 'new-case' ? (
        <>
          <label>
            Case title{' '}
            <input value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} />
          </label>
          <label>
            FIR or complaint number <input value={caseRef} onChange={(e) => setCaseRef(e.target.value)} />
          </label>
        </>
      ) : null}
      {mode === 'case' ? <MyCaseSelect value={caseId} onChange={setCaseId} /> : null}
      {mode === 'dismiss' ? (
        <label>
          Why dismiss it{' '}
          <input value={reason} onChange={(e) => setReason(e.target.value)} required minLength={10} />
        </label>
      ) : null}
      {mode === 'snooze' ? (
        <label>
          Snooze until{' '}
          <input
            type="date"
            value={until}
            min={dayFromNow(1)}
            max={dayFromNow(365)}
            required
            onChange={(e) => setUntil(e.target.value)}
          />
        </label>
      ) : null}
      <button type="submit" className="primary" disabled={busy}>
        {busy ? 'Sending…' : SUBMIT[mode]}
      </button>
    </form>
  );
}

const SUBMIT: Record<Mode, string> = {
  'new-case': 'Open the case',
  case: 'Assign',
  dismiss: 'Dismiss the alert',
  snooze: 'Snooze the alert',
};
