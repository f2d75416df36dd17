import { DatabaseStatus } from './health/DatabaseStatus.tsx';

export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <h1>Ringside</h1>
        <p className="tagline">
          Graph investigation of telecom fraud: handsets, numbers, dealers, identities, complaints.
        </p>
      </header>
      <main>
        <DatabaseStatus />
      </main>
    </div>
  );
}
