// Read-your-own-writes on a Neo4j cluster, where reads go to secondaries that may lag a write by a
// moment. A causal chain is the bookmarks a unit of work (one API request) must see: the database facade
// starts every session of the request after them, and replaces them with its own after each write, so a
// read later in the request sees the request's writes. The HTTP layer carries them from one request to
// the user's next (server/http/bookmarks.ts), whichever app process answers it. Outside a request (jobs,
// the command line), the facade's own bookmark manager chains everything one process does.
import { AsyncLocalStorage } from 'node:async_hooks';

export interface CausalChain {
  bookmarks: string[];
  /** Called after each write of the unit of work with the bookmarks that now follow it. */
  onWrite?: (bookmarks: string[]) => void;
}

const chains = new AsyncLocalStorage<CausalChain>();

/** Runs `work` (and everything it starts) after `chain`'s bookmarks. */
export const inCausalChain = <T>(chain: CausalChain, work: () => T): T => chains.run(chain, work);

/** The chain of the unit of work running now, if any. */
export const currentCausalChain = (): CausalChain | undefined => chains.getStore();
