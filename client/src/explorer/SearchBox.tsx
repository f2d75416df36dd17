import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../api/ErrorMessage.tsx';
import type { SearchResult } from '../api/types.ts';
import { searchQuery } from './graph-api.ts';

/** One box for an IMEI, a number, a dealer, a KYC id, a complaint or a name; results go on the canvas. */
export function SearchBox({ onAdd }: { onAdd(result: SearchResult): void }) {
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const search = useQuery(searchQuery(query));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setQuery(text.trim());
  };
  return (
    <section className="search" aria-label="Search">
      <form onSubmit={submit} role="search">
        <input
          aria-label="Search the graph"
          placeholder="IMEI, number, name…"
          title="An IMEI, a number, a dealer id, a KYC id, a complaint number or a name"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit">Search</button>
      </form>
      <p className="hint search-hint">IMEI, number, dealer, KYC id, complaint or name</p>
      {search.isFetching ? <p role="status">Searching…</p> : null}
      <ErrorMessage error={search.error} />
      {search.data && search.data.results.length === 0 ? (
        <p className="empty">Nothing matches “{query}”.</p>
      ) : null}
      {search.data && search.data.results.length > 0 ? (
        <ul className="results">
          {search.data.results.map((result) => (
            <li key={result.id}>
              <button className="link" onClick={() => onAdd(result)} title="Add to the canvas">
                <span className={`kind kind-${result.label}`}>{result.label}</span> {result.caption}
                {result.status && result.status !== 'active' ? <em> ({result.status})</em> : null}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
