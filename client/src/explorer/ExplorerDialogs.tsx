import type { NodeData } from '../api/types.ts';
import type { ReactNode } from 'react';
import { caseLink, viewLink } from '../cases/cases-api.ts';
import { BlockRequestDialog } from './BlockRequestDialog.tsx';
import { PinDialog, SaveViewDialog, type SavedToCase } from './CaseDialogs.tsx';
import { canvasStore } from './canvas-store.ts';
import { FlagDealerDialog } from './FlagDealerDialog.tsx';
import { HelpDialog } from './HelpDialog.tsx';

export type ExplorerDialog = 'block' | 'flag' | 'help' | 'save-view' | 'pin';

interface Props {
  dialog?: ExplorerDialog;
  handsets: NodeData[];
  dealer?: NodeData;
  /** The node a pin is about (the side panel's). */
  focus?: NodeData;
  onClose(): void;
  /** A request was sent, a view saved: the notice to show. */
  onDone(notice: ReactNode): void;
}

/** "View “…” saved to case CASE-…", "Handset … pinned to case …", with links to the case and the view. */
function SavedNotice({ saved }: { saved: SavedToCase }) {
  return (
    <span>
      {saved.done} to case <a href={caseLink(saved.caseId)}>{saved.caseId}</a>
      {saved.viewId ? (
        <>
          {' '}
          (<a href={viewLink(saved.caseId, saved.viewId)}>link to the view</a>)
        </>
      ) : null}
      .
    </span>
  );
}

/** The explorer's dialogs; a request sent shows its new status on the canvas at once. */
export function ExplorerDialogs({ dialog, handsets, dealer, focus, onClose, onDone }: Props) {
  const closeSaved = (saved?: SavedToCase) => {
    onClose();
    if (saved) onDone(<SavedNotice saved={saved} />);
  };
  if (dialog === 'block')
    return (
      <BlockRequestDialog
        handsets={handsets}
        onClose={(created) => {
          onClose();
          if (!created) return;
          canvasStore.updateNodes(
            Object.fromEntries(
              created.imeis.map((imei) => [`Handset:${imei}`, { status: 'block_requested' }]),
            ),
          );
          onDone(`Block request ${created.id} sent for review.`);
        }}
      />
    );
  if (dialog === 'flag' && dealer)
    return (
      <FlagDealerDialog
        dealer={dealer}
        onClose={(id) => {
          onClose();
          if (!id) return;
          canvasStore.updateNodes({ [dealer.id]: { status: 'flagged' } });
          onDone(`Dealer flag ${id} sent for review.`);
        }}
      />
    );
  if (dialog === 'help') return <HelpDialog onClose={onClose} />;
  if (dialog === 'save-view') return <SaveViewDialog onClose={closeSaved} />;
  if (dialog === 'pin' && focus) return <PinDialog node={focus} onClose={closeSaved} />;
  return null;
}
