import { useEffect, useState } from 'react';

type Health = { state: 'loading' } | { state: 'ok'; version: string } | { state: 'error'; message: string };

/** Shows whether the server can reach its graph database, polling so it notices recovery. */
export function DatabaseStatus() {
  const [health, setHealth] = useState<Health>({ state: 'loading' });

  useEffect(() => {
    let cancelled = false;
    const check = async () => {
      try {
        const response = await fetch('/api/health');
        const body = await response.json();
        if (cancelled) return;
        setHealth(
          response.ok
            ? { state: 'ok', version: body.neo4j?.version ?? 'unknown' }
            : { state: 'error', message: body.error?.message ?? `HTTP ${response.status}` },
        );
      } catch {
        if (!cancelled) setHealth({ state: 'error', message: 'The Ringside server is not reachable.' });
      }
    };
    void check();
    const timer = setInterval(check, 10_000);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, []);

  if (health.state === 'loading') return <p role="status">Checking the database…</p>;
  if (health.state === 'error')
    return (
      <p role="alert" className="status status-error">
        Database unavailable: {health.message}
      </p>
    );
  return (
    <p role="status" className="status status-ok">
      Connected to Neo4j {health.version}
    </p>
  );
}
