import { Dialog } from '../layout/Dialog.tsx';
import { Legend } from './Legend.tsx';

/** The short help: what the canvas shows, how to work it, and how a block request flows. */
export function HelpDialog({ onClose }: { onClose(): void }) {
  return (
    <Dialog label="Help" onClose={onClose}>
      <div className="help">
        <h2>Using the explorer</h2>
        <div className="help-columns">
          <Legend />
          <section>
            <h3>Mouse and keyboard</h3>
            <ul>
              <li>Click a node: select it (the side panel shows it). Shift-click: add to the selection.</li>
              <li>
                Shift-drag on the background: select a box of nodes. Drag the background: pan. Wheel: zoom.
              </li>
              <li>Double-click a node: expand its neighbours; on “+N more”: the next page.</li>
              <li>
                A node with more neighbours than a page comes with them in groups, each with its count;
                double-click a group (or Open in the side panel) to draw its members inside it.
              </li>
              <li>
                Group ▾: numbers by identity or operator, handsets by ring, as one node each; Ungroup puts
                them back. Layout ▾: force, concentric by risk, or dealer → SIM → handset (the current one
                lays the canvas out again); Pin selected keeps the selected nodes in place through layouts.
              </li>
              <li>Hover: a number’s complaints and money lost, a link’s type and dates.</li>
              <li>
                Ctrl+Z undo, Ctrl+Shift+Z redo (every addition, removal and filter). Escape closes a dialog.
              </li>
              <li>
                Keyboard on the canvas: arrows move the cursor (dashed ring) to the neighbour that way, Space
                selects or unselects it, Enter expands it, Delete removes the selection (or the cursor's
                node), Escape clears the selection, ? shows this help.
              </li>
            </ul>
            <h3>How a block request flows</h3>
            <ol>
              <li>
                An investigator or analyst selects handsets and requests a block with a reason and case
                reference (cautions must be acknowledged and justified).
              </li>
              <li>The telecom department reviews the evidence and approves or rejects it (Review).</li>
              <li>
                Approval blocks the handsets and sends all their numbers to re-verification; the lists are
                exported for operators.
              </li>
              <li>Your requests and their decisions are under Review → My requests.</li>
            </ol>
            <h3>Cases</h3>
            <ul>
              <li>
                Save view (to a case): the canvas (nodes where they are, filters, selection) as a named view
                of one of your cases; its link opens it on any member’s canvas.
              </li>
              <li>Pin to case: the selected node, with why it matters, on the case’s page.</li>
              <li>
                A block request or dealer flag raised from a case carries its FIR number and is listed on it.
              </li>
            </ul>
          </section>
        </div>
        <div className="actions">
          <button onClick={onClose}>Close</button>
        </div>
      </div>
    </Dialog>
  );
}
