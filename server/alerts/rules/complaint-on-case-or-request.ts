// Rule `complaint-on-case-or-request`: a number reported in a complaint on or after the day it came under
// watch (pinned in an open case, directly or through its handset or identity; or used in a handset, or a
// ring, under a pending or approved block request). The number is the subject, so each further complaint
// grows the evidence and puts the alert back in the queue. An alert that only concerns cases' pins is seen
// by those cases' members alone: it would tell anyone else what the cases look at.
import { listSome, plural, readRuleRows, type AlertHit, type AlertRule } from '../alert-rule.ts';

/** Block requests whose handsets are watched: asked for, or approved. */
const WATCHED_STATUSES = ['pending', 'approved'];

type Watch =
  | { kind: 'request' | 'ring'; node: string; requestId: string; status: string }
  | { kind: 'case'; node: string; caseId: string };

interface Row {
  msisdn: string;
  complaints: string[];
  watches: Watch[];
}

const SCORE = 70;

export const complaintOnCaseOrRequest: AlertRule = {
  name: 'complaint-on-case-or-request',
  description:
    'A new complaint against a number pinned in an open case (or of a pinned handset or identity), or of a handset or ring under a pending or approved block request.',
  async find(database) {
    const rows = await readRuleRows<Row>(database, 'app/alerts/complaint-on-case-or-request', {
      watchedStatuses: WATCHED_STATUSES,
    });
    return rows.map(hitOf);
  },
};

function hitOf({ msisdn, complaints, watches }: Row): AlertHit {
  const requests = watches.filter((watch) => watch.kind !== 'case');
  const pins = watches.filter((watch) => watch.kind === 'case');
  const why: string[] = [];
  const handsets = [...new Set(requests.map((watch) => watch.node.slice('Handset:'.length)))];
  const requestIds = [...new Set(requests.map((watch) => watch.requestId))];
  if (requests.length > 0) {
    const ring = requests.some((watch) => watch.kind === 'ring') ? ' (or a handset of its ring)' : '';
    why.push(
      `it was used in ${plural(handsets.length, 'handset', 'handsets')} ${listSome(handsets)}${ring} ` +
        `under block request ${listSome(requestIds)}`,
    );
  }
  if (pins.length > 0) why.push('it (or its handset or identity) is pinned in an open case');
  const evidence = [
    ...complaints.map((ackNo) => `Complaint:${ackNo}`),
    ...new Set(watches.map((watch) => watch.node).filter((node) => node !== `SIM:${msisdn}`)),
  ];
  return {
    subject: { label: 'SIM', key: msisdn },
    evidence,
    sentence:
      `Number ${msisdn} was reported in ${plural(complaints.length, 'complaint', 'complaints')} ` +
      `(${listSome(complaints)}) since it came under watch: ${why.join('; ')}.`,
    score: Math.min(100, SCORE + 5 * (complaints.length - 1)),
    // Public when a block request is behind it (the telecom department's decisions are no secret).
    audience: requests.length > 0 ? null : [...new Set(pins.map((watch) => watch.caseId))].sort(),
  };
}
