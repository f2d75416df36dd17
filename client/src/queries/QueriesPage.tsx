import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, post } from '../api/api-client.ts';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import type { EdgeElement, NodeElement, User } from '../api/types.ts';
import { GraphCanvas, type CanvasHandle } from '../explorer/GraphCanvas.tsx';

interface Parameter {
  name: string;
  type: string;
  default?: unknown;
  min?: number;
  max?: number;
  description: string;
  required: boolean;
}
interface SavedQuery {
  name: string;
  title: string;
  description: string;
  parameters: Parameter[];
  resultKind: 'table' | 'graph';
}
interface QueryResult {
  columns: string[];
  rows: unknown[][];
  graph: { nodes: NodeElement[]; edges: EdgeElement[] };
  rowCount: number;
  truncated: boolean;
  elapsedMs: number;
}

/** The saved query library (a form from each query's parameters) and, for analysts, ad-hoc Cypher. */
export function QueriesPage({ user }: { user: User }) {
  const library = useQuery({
    queryKey: ['queries'],
    queryFn: () => api<{ queries: SavedQuery[] }>('/api/queries'),
  });
  const [chosen, setChosen] = useState<string>();
  const query = library.data?.queries.find((candidate) => candidate.name === chosen);
  return (
    <div className="queries">
      <nav className="query-list" aria-label="Saved queries">
        <h2>Saved queries</h2>
        {library.isPending ? <p role="status">Loading…</p> : null}
        <ErrorMessage error={library.error} />
        <ul>
          {library.data?.queries.map((candidate) => (
            <li key={candidate.name}>
              <button
                className={candidate.name === chosen ? 'link active' : 'link'}
                onClick={() => setChosen(candidate.name)}
              >
                {candidate.title}
              </button>
            </li>
          ))}
          {user.role === 'analyst' ? (
            <li>
              <button
                className={chosen === undefined ? 'link active' : 'link'}
                onClick={() => setChosen(undefined)}
              >
                Ad-hoc Cypher
              </button>
            </li>
          ) : null}
        </ul>
      </nav>
      <section className="query-work">
        {query ? (
          <SavedQueryForm key={query.name} query={query} />
        ) : user.role === 'analyst' ? (
          <AdhocCypher />
        ) : (
          <p>Pick a query.</p>
        )}
      </section>
    </div>
  );
}

function SavedQueryForm({ query }: { query: SavedQuery }) {
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(query.parameters.map((parameter) => [parameter.name, defaultText(parameter.default)])),
  );
  const [result, setResult] = useState<QueryResult>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const params = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''));
  const run = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      setResult(await post<QueryResult>(`/api/queries/${query.name}/run`, { params }));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <h2>{query.title}</h2>
      <p>{query.description}</p>
      <form onSubmit={run} className="query-form" aria-label={query.title}>
        {query.parameters.map((parameter) => (
          <label key={parameter.name}>
            {parameter.name}{' '}
            <small>
              ({parameter.type}
              {parameter.min !== undefined ? `, ${parameter.min}–${parameter.max}` : ''})
            </small>
            <input
              name={parameter.name}
              value={values[parameter.name] ?? ''}
              required={parameter.required}
              title={parameter.description}
              onChange={(event) => setValues({ ...values, [parameter.name]: event.target.value })}
            />
          </label>
        ))}
        <button type="submit" disabled={busy}>
          {busy ? 'Running…' : 'Run'}
        </button>
        <a href={`/api/queries/${query.name}/run.csv?${new URLSearchParams(params)}`} download>
          CSV
        </a>
      </form>
      <ErrorMessage error={error} />
      {result ? <ResultView result={result} /> : null}
    </>
  );
}

function AdhocCypher() {
  const [text, setText] = useState('MATCH (h:Handset) WHERE h.riskScore > 80\nRETURN h LIMIT 25');
  const [result, setResult] = useState<QueryResult>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const run = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setResult(undefined);
    try {
      setResult(await post<QueryResult>('/api/cypher', { query: text }));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <h2>Ad-hoc Cypher</h2>
      <p>Read-only: the database refuses writes. Every query is recorded in the audit trail.</p>
      <form onSubmit={run} aria-label="Ad-hoc Cypher">
        <textarea
          aria-label="Cypher"
          className="cypher"
          rows={6}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" disabled={busy}>
          {busy ? 'Running…' : 'Run'}
        </button>
      </form>
      <ErrorMessage error={error} />
      {result ? <ResultView result={result} /> : null}
    </>
  );
}

function ResultView({ result }: { result: QueryResult }) {
  return (
    <div className="result">
      <p role="status">
        {result.rowCount} row{result.rowCount === 1 ? '' : 's'} in {result.elapsedMs} ms
        {result.truncated ? ' (more rows exist: narrow the query)' : ''}
      </p>
      {result.graph.nodes.length > 0 ? <ResultGraph graph={result.graph} /> : null}
      {result.rowCount === 0 ? (
        <p className="empty">No rows.</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                {result.columns.map((column) => (
                  <th key={column}>{column}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {result.rows.slice(0, 500).map((row, index) => (
                <tr key={index}>
                  {row.map((cell, column) => (
                    <td key={column}>{cellText(cell)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function ResultGraph({ graph }: { graph: QueryResult['graph'] }) {
  const canvas = useRef<CanvasHandle>(null);
  const [drawn, setDrawn] = useState<string>();
  useEffect(() => {
    const started = performance.now();
    const added = canvas.current?.add([...graph.nodes, ...graph.edges] as never[]) ?? [];
    canvas.current?.fit();
    setDrawn(`${added.length} elements drawn and laid out in ${Math.round(performance.now() - started)} ms`);
  }, [graph]);
  return (
    <>
      <GraphCanvas handle={canvas} onSelectionChange={() => {}} onDoubleClick={() => {}} />
      {drawn ? (
        <p className="summary" data-testid="result-graph-summary">
          {drawn}
        </p>
      ) : null}
    </>
  );
}

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'object' && 'caption' in cell) {
    const node = cell as { label: string; caption: string };
    return `${node.label} ${node.caption}`;
  }
  if (typeof cell === 'object') return JSON.stringify(cell);
  return String(cell);
}

const defaultText = (value: unknown): string =>
  value === undefined || value === null ? '' : Array.isArray(value) ? value.join(', ') : String(value);
