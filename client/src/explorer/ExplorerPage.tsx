import { useEffect, useRef, useState } from 'react';
import { api } from '../api/api-client.ts';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import type { NodeData, NodeDetails, SearchResult, User } from '../api/types.ts';
import { BlockRequestDialog } from './BlockRequestDialog.tsx';
import { expandNodes, MORE_PREFIX } from './expansion.ts';
import { FlagDealerDialog } from './FlagDealerDialog.tsx';
import { GraphCanvas, type CanvasHandle } from './GraphCanvas.tsx';
import { KIND_COLOURS } from './graph-style.ts';
import { SearchBox } from './SearchBox.tsx';
import { SidePanel } from './SidePanel.tsx';

const PAGE = 50;
const KINDS = Object.keys(KIND_COLOURS).filter((kind) => kind !== 'More');

/** Search, put on the canvas, expand node by node, and act on what is selected. */
export function ExplorerPage({ user }: { user: User }) {
  const canvas = useRef<CanvasHandle>(null);
  const [selected, setSelected] = useState<NodeData[]>([]);
  const [history, setHistory] = useState<string[][]>([]);
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState<string>();
  const [hidden, setHidden] = useState<Set<string>>(new Set());
  const [dialog, setDialog] = useState<'block' | 'flag'>();
  const [summary, setSummary] = useState('The canvas is empty: search to start.');
  const [dateWindow, setDateWindow] = useState({ from: '', to: '' });
  const mayRequest = user.role === 'investigator' || user.role === 'analyst';

  // #/explorer?ring=RING-… (from Suspects & rings) opens the ring: its handsets, their numbers, selected.
  const ringId = new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('ring');
  useEffect(() => {
    if (!ringId) return;
    void change(`Opening ${ringId}…`, async () => {
      const ring = await api<{ handsets: { imei: string }[] }>(`/api/rings/${encodeURIComponent(ringId)}`);
      const ids = ring.handsets.map((handset) => `Handset:${handset.imei}`);
      const added: string[] = [];
      await expandNodes(ids, { types: ['USED_IN'], limit: 10 }, (elements) =>
        added.push(...canvas.current!.add(elements)),
      );
      canvas.current!.highlight(ids);
      canvas.current!.select(ids);
      return added;
    });
  }, [ringId]); // once per ring in the address

  /** Runs a canvas change with a loading state and error display; remembers what it added for undo. */
  const change = async (what: string, work: () => Promise<string[]>) => {
    setBusy(what);
    setError(undefined);
    try {
      const added = await work();
      if (added.length > 0) setHistory((past) => [...past, added]);
      summarise();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(undefined);
    }
  };

  const expand = (nodeIds: string[], types: string[] = [], offset = 0) =>
    change('Expanding…', async () => {
      const added: string[] = [];
      await expandNodes(nodeIds, { types, limit: PAGE, offset }, (elements) =>
        added.push(...canvas.current!.add(elements)),
      );
      return added;
    });

  const addResult = (result: SearchResult) =>
    change(`Adding ${result.caption}…`, async () => {
      const details = await api<NodeDetails>(
        `/api/nodes/${encodeURIComponent(result.label)}/${encodeURIComponent(result.key)}`,
      );
      const added = canvas.current!.add([details.node]);
      canvas.current!.select([result.id]);
      return added;
    });

  const onDoubleClick = (node: NodeData) => {
    if (node.label === 'More') {
      canvas.current!.remove([node.id, `${MORE_PREFIX}edge:${node.of as string}`]);
      void expand([node.of as string], [], node.shown as number);
    } else void expand([node.id]);
  };

  /** What is on the canvas, by kind: "14 nodes: 3 Handset, 11 SIM". */
  const summarise = () => {
    const counts = new Map<string, number>();
    for (const node of canvas.current!.nodes()) counts.set(node.label, (counts.get(node.label) ?? 0) + 1);
    const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
    setSummary(`${total} nodes: ${[...counts].map(([label, count]) => `${count} ${label}`).join(', ')}`);
  };

  const undo = () => {
    const last = history[history.length - 1];
    if (!last) return;
    canvas.current!.remove(last);
    setHistory(history.slice(0, -1));
    summarise();
  };

  const showPath = () =>
    change('Finding the shortest path…', async () => {
      const [from, to] = selected;
      const path = await api<{ nodes: unknown[]; edges: unknown[] }>(
        `/api/graph/path?from=${encodeURIComponent(from!.id)}&to=${encodeURIComponent(to!.id)}`,
      );
      const added = canvas.current!.add([...path.nodes, ...path.edges] as never[]);
      canvas.current!.highlight(
        [...path.nodes, ...path.edges].map((element) => (element as { data: { id: string } }).data.id),
      );
      return added;
    });

  const toggleKind = (kind: string) => {
    const next = new Set(hidden);
    if (next.has(kind)) next.delete(kind);
    else next.add(kind);
    canvas.current!.setHidden(kind, next.has(kind));
    setHidden(next);
  };

  const downloadPng = () => {
    const link = document.createElement('a');
    link.href = canvas.current!.pngDataUrl();
    link.download = 'ringside-canvas.png';
    link.click();
  };

  const handsets = selected.filter((node) => node.label === 'Handset');
  const dealers = selected.filter((node) => node.label === 'Dealer');
  const focus = selected[selected.length - 1];

  return (
    <div className="explorer">
      <div className="explorer-side">
        <SearchBox onAdd={(result) => void addResult(result)} />
        <fieldset className="filters">
          <legend>Show</legend>
          {KINDS.map((kind) => (
            <label key={kind}>
              <input type="checkbox" checked={!hidden.has(kind)} onChange={() => toggleKind(kind)} />
              <span className={`kind kind-${kind}`}>{kind}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="filters">
          <legend>Dates</legend>
          {(['from', 'to'] as const).map((end) => (
            <label key={end}>
              {end}{' '}
              <input
                type="date"
                value={dateWindow[end]}
                onChange={(event) => {
                  const next = { ...dateWindow, [end]: event.target.value };
                  setDateWindow(next);
                  canvas.current!.setDateWindow(next.from, next.to);
                }}
              />
            </label>
          ))}
        </fieldset>
      </div>
      <div className="explorer-main">
        <div className="toolbar" role="toolbar" aria-label="Canvas">
          <button onClick={() => canvas.current!.fit()}>Fit</button>
          <button onClick={undo} disabled={history.length === 0}>
            Undo expansion
          </button>
          <button onClick={() => focus && void expand(selected.map((node) => node.id))} disabled={!focus}>
            Expand selected
          </button>
          <button
            onClick={() => {
              canvas.current!.remove(selected.map((node) => node.id));
              setSelected([]);
            }}
            disabled={selected.length === 0}
          >
            Remove selected
          </button>
          <button onClick={() => canvas.current!.selectKind('Handset')}>Select handsets</button>
          <button onClick={() => canvas.current!.selectKind('SIM')}>Select numbers</button>
          <button onClick={() => void showPath()} disabled={selected.length !== 2}>
            Shortest path
          </button>
          <button onClick={downloadPng}>PNG</button>
          {mayRequest ? (
            <>
              <button className="primary" onClick={() => setDialog('block')} disabled={handsets.length === 0}>
                Request block ({handsets.length})
              </button>
              <button onClick={() => setDialog('flag')} disabled={dealers.length !== 1}>
                Flag dealer
              </button>
            </>
          ) : null}
          {busy ? (
            <span role="status" className="busy">
              {busy}
            </span>
          ) : null}
        </div>
        <ErrorMessage error={error} />
        {notice ? (
          <p role="status" className="notice">
            {notice}
          </p>
        ) : null}
        <GraphCanvas handle={canvas} onSelectionChange={setSelected} onDoubleClick={onDoubleClick} />
        <p className="summary" data-testid="canvas-summary">
          {summary}
        </p>
        <p className="hint">
          Double-click a node to expand it (“+N more” fetches the next {PAGE}); shift-click or drag with shift
          to select several.
        </p>
      </div>
      {focus && focus.label !== 'More' ? (
        <SidePanel node={focus} onExpand={(types) => void expand([focus.id], types)} />
      ) : null}
      {dialog === 'block' ? (
        <BlockRequestDialog
          handsets={handsets}
          onClose={(id) => {
            setDialog(undefined);
            if (id) setNotice(`Block request ${id} sent for review.`);
          }}
        />
      ) : null}
      {dialog === 'flag' && dealers[0] ? (
        <FlagDealerDialog
          dealer={dealers[0]}
          onClose={(id) => {
            setDialog(undefined);
            if (id) setNotice(`Dealer flag ${id} sent for review.`);
          }}
        />
      ) : null}
    </div>
  );
}
