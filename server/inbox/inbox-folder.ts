// The inbox on disk: which feeds are ready (a subfolder holding a READY file, which the sender writes
// last), and where a processed feed goes (done/ or rejected/, never over an earlier feed of the same name).
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const READY_FILE = 'READY';
export const DONE_FOLDER = 'done';
export const REJECTED_FOLDER = 'rejected';

export interface Feed {
  name: string;
  dir: string;
  /** When the sender marked it ready (its READY file's time). */
  readySince: Date;
}

export interface InboxListing {
  /** Feeds marked ready, in name order. */
  ready: Feed[];
  /** Entries that cannot be feeds (plain files) or whose READY cannot be looked at: left alone. */
  ignored: { name: string; reason: string }[];
}

export async function listInbox(inbox: string): Promise<InboxListing> {
  const entries = await readdir(inbox, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    throw new Error(`the inbox ${inbox} cannot be read (${error.code ?? error.message})`);
  });
  const listing: InboxListing = { ready: [], ignored: [] };
  const names = entries
    .filter((entry) => ![DONE_FOLDER, REJECTED_FOLDER].includes(entry.name) && !entry.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of names) {
    if (!entry.isDirectory()) {
      listing.ignored.push({ name: entry.name, reason: 'not a folder: a feed is a folder of CSV files' });
      continue;
    }
    const dir = path.join(inbox, entry.name);
    try {
      const ready = await stat(path.join(dir, READY_FILE));
      if (ready.isFile()) listing.ready.push({ name: entry.name, dir, readySince: ready.mtime });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // No READY yet: the sender is still writing the feed.
      if (code !== 'ENOENT') listing.ignored.push({ name: entry.name, reason: `cannot be read (${code})` });
    }
  }
  return listing;
}

export type FeedDestination = typeof DONE_FOLDER | typeof REJECTED_FOLDER;

/** `<inbox>/<done|rejected>/<name>`, or `<name>-2`, `-3`… when an earlier feed of that name is there. */
export async function freeDestination(inbox: string, destination: FeedDestination, name: string) {
  const parent = path.join(inbox, destination);
  await mkdir(parent, { recursive: true });
  for (let copy = 1; ; copy++) {
    const candidate = path.join(parent, copy === 1 ? name : `${name}-${copy}`);
    if (!existsSync(candidate)) return candidate;
  }
}

/** Writes the report files into the feed, then moves it in one rename: it appears with its report. */
export async function moveFeed(feed: Feed, to: string, report: Record<string, string>): Promise<void> {
  for (const [file, text] of Object.entries(report)) await writeFile(path.join(feed.dir, file), text);
  await rename(feed.dir, to);
}
