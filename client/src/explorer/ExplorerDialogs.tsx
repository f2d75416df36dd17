import type { NodeData } from '../api/types.ts';
import { BlockRequestDialog } from './BlockRequestDialog.tsx';
import { canvasStore } from './canvas-store.ts';
import { FlagDealerDialog } from './FlagDealerDialog.tsx';
import { HelpDialog } from './HelpDialog.tsx';

export type ExplorerDialog = 'block' | 'flag' | 'help';

interface Props {
  dialog?: ExplorerDialog;
  handsets: NodeData[];
  dealer?: NodeData;
  onClose(): void;
  /** A request was sent: the notice to show. */
  onDone(notice: string): void;
}

/** The explorer's dialogs; a request sent shows its new status on the canvas at once. */
export function ExplorerDialogs({ dialog, handsets, dealer, onClose, onDone }: Props) {
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
  return null;
}
