import { ApiError } from '../api/api-client.ts';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import { caseLink, type SavedView } from '../cases/cases-api.ts';
import { formatCount, formatInstant } from '../format.ts';
import { groupTitle, propertyWord } from './supernode.ts';
import type { useOpenCaseView } from './use-open-case-view.ts';

/** Which case view is on the canvas, and what of it the graph no longer holds; or why it did not open. */
export function CaseViewNotice({ open }: { open: ReturnType<typeof useOpenCaseView> }) {
  if (open.isIdle) return null;
  if (open.isPending) return <p role="status">Opening the case’s view…</p>;
  if (open.error instanceof ApiError && open.error.status === 404)
    return (
      <div role="alert" className="error case-not-found">
        <strong>Case not found.</strong> There is no case {open.variables?.caseId} with this view, or you are
        not a member of it.
      </div>
    );
  if (open.isError) return <ErrorMessage error={open.error} />;
  const view = open.data!;
  const caseId = open.variables!.caseId;
  return (
    <div role="status" className="notice case-view-notice" data-testid="case-view-notice">
      <span>
        View “{view.name}” of case <a href={caseLink(caseId)}>{caseId}</a>, saved by {view.savedBy}{' '}
        {formatInstant(view.savedAt)}: {formatCount(view.nodes.length - view.missing.length, 'node')}
        {view.groups.length ? ` and ${formatCount(view.groups.length, 'group')}` : ''}.
        {view.missing.length ? (
          <span data-testid="view-missing">
            {' '}
            No longer in the graph ({view.missing.length}): {listed(view.missing)}.
          </span>
        ) : null}
        {view.missingGroups.length ? (
          <span data-testid="view-missing-groups">
            {' '}
            Groups no longer made ({view.missingGroups.length}):{' '}
            {listed(view.missingGroups.map(goneGroupTitle))}.
          </span>
        ) : null}
      </span>
      <button aria-label="Dismiss" onClick={() => open.reset()}>
        ×
      </button>
    </div>
  );
}

const LISTED = 20;

/**
 * "SIM, activated 1999-01 of Dealer:POS-0001"; identities by personal data (a face) the reader may not see
 * come without their value, and are not named.
 */
const goneGroupTitle = (group: SavedView['missingGroups'][number]) =>
  group.withheld
    ? `Identity by ${propertyWord(group.property ?? '')} of ${group.of} (not shown in your jurisdiction)`
    : `${groupTitle(group)} of ${group.of}`;

/** The first nodes or groups, and how many more (a view may hold thousands). */
const listed = (ids: string[]) =>
  ids.length > LISTED
    ? `${ids.slice(0, LISTED).join(', ')} and ${formatCount(ids.length - LISTED, 'more', 'more')}`
    : ids.join(', ');
