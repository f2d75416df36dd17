import { useQuery } from '@tanstack/react-query';
import type { ElementDefinition } from 'cytoscape';
import { useMemo, useState, type FormEvent } from 'react';
import { queryString } from '../api/api-client.ts';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import { may, type User } from '../api/types.ts';
import { canvasStore } from '../explorer/canvas-store.ts';
import { GraphCanvas } from '../explorer/GraphCanvas.tsx';
import { formatCount, formatNumber } from '../format.ts';
import {
  libraryQuery,
  useRunCypher,
  useRunSavedQuery,
  type QueryResult,
  type SavedQueryDescription,
} from './queries-api.ts';
import { ResultCell } from './ResultCell.tsx';

/** The saved query library (a form from each query's parameters) and, for analysts, ad-hoc Cypher. */
export function QueriesPage({ user }: { user: User }) {
  const library = useQuery(libraryQuery);
  const [chosen, setChosen] = useState<string>();
  const query = library.data?.queries.find((candidate) => candidate.name === chosen);
  // Ad-hoc Cypher reads every circle: the server keeps it for analysts of national scope.
  const mayWriteCypher = may(user, 'adhocCypher') && user.scope === 'national';
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
          {mayWriteCypher ? (
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
        ) : mayWriteCypher ? (
          <AdhocCypher />
        ) : (
          <p>Pick a query.</p>
        )}
      </section>
    </div>
  );
}

function SavedQueryForm({ query }: { query: SavedQueryDescription }) {
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(query.parameters.map((parameter) => [parameter.name, defaultText(parameter.default)])),
  );
  const run = useRunSavedQuery(query.name);
  const params = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    run.mutate(params);
  };
  return (
    <>
      <h2>{query.title}</h2>
      <p>{query.description}</p>
      <form onSubmit={submit} className="query-form" aria-label={query.title}>
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
        <button type="submit" disabled={run.isPending}>
          {run.isPending ? 'Running…' : 'Run'}
        </button>
        <a href={`/api/queries/${query.name}/run.csv?${queryString(params)}`} download>
          CSV
        </a>
      </form>
      <ErrorMessage error={run.error} />
      {run.data ? <ResultView result={run.data} /> : null}
    </>
  );
}

function AdhocCypher() {
  const [text, setText] = useState('MATCH (h:Handset) WHERE h.riskScore > 80\nRETURN h LIMIT 25');
  const run = useRunCypher();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    run.reset();
    run.mutate(text);
  };
  return (
    <>
      <h2>Ad-hoc Cypher</h2>
      <p>Read-only: the database refuses writes. Every query is recorded in the audit trail.</p>
      <form onSubmit={submit} aria-label="Ad-hoc Cypher">
        <textarea
          aria-label="Cypher"
          className="cypher"
          rows={6}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" disabled={run.isPending}>
          {run.isPending ? 'Running…' : 'Run'}
        </button>
      </form>
      <ErrorMessage error={run.error} />
      {run.data ? <ResultView result={run.data} /> : null}
    </>
  );
}

/** Rows shown at first: a table of paths is slow to draw, and the canvas beside it is busy enough. */
const FIRST_ROWS = 100;
const MAX_ROWS_SHOWN = 500;

function ResultView({ result }: { result: QueryResult }) {
  // The result whose rows were all asked for: a new result starts short again.
  const [allRowsOf, setAllRowsOf] = useState<QueryResult>();
  const shown = Math.min(result.rows.length, allRowsOf === result ? MAX_ROWS_SHOWN : FIRST_ROWS);
  return (
    <div className="result">
      <p role="status">
        {formatCount(result.rowCount, 'row')} in {result.elapsedMs} ms
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
              {result.rows.slice(0, shown).map((row, index) => (
                <tr key={index}>
                  {row.map((cell, column) => (
                    <td key={column}>
                      <ResultCell column={result.columns[column] ?? ''} cell={cell} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {shown < Math.min(result.rows.length, MAX_ROWS_SHOWN) ? (
            <button className="link" onClick={() => setAllRowsOf(result)}>
              {result.rows.length > MAX_ROWS_SHOWN
                ? `Show the first ${formatNumber(MAX_ROWS_SHOWN)} of ${formatCount(result.rows.length, 'row')}`
                : `Show all ${formatCount(result.rows.length, 'row')}`}
            </button>
          ) : result.rows.length > shown ? (
            <p className="empty">
              The first {formatCount(shown, 'row')} of {formatNumber(result.rows.length)} are shown; narrow
              the query to see the rest.
            </p>
          ) : null}
        </div>
      )}
    </div>
  );
}

/** The result's graph, drawn here and, with one click, put on the Explorer's canvas. */
function ResultGraph({ graph }: { graph: QueryResult['graph'] }) {
  const { elements, started } = useMemo(
    () => ({ elements: [...graph.nodes, ...graph.edges] as ElementDefinition[], started: performance.now() }),
    [graph],
  );
  const [drawn, setDrawn] = useState<string>();
  const sendToExplorer = () => {
    canvasStore.add(elements);
    canvasStore.requestFit();
    window.location.hash = '/explorer';
  };
  return (
    <>
      <div className="result-actions">
        <button onClick={sendToExplorer}>Open in the Explorer</button>
      </div>
      <GraphCanvas
        elements={elements}
        onElementsApplied={(count) =>
          setDrawn(`${count} elements drawn and laid out in ${Math.round(performance.now() - started)} ms`)
        }
      />
      {drawn ? (
        <p className="summary" data-testid="result-graph-summary">
          {drawn}
        </p>
      ) : null}
    </>
  );
}

const defaultText = (value: unknown): string =>
  value === undefined || value === null ? '' : Array.isArray(value) ? value.join(', ') : String(value);
