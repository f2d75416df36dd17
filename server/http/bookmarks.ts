// Carries a user's read-after-write from one request to the next, whichever app process answers it: after
// a write, the response gives the database's bookmarks (the `Ringside-Bookmark` header, and a short-lived
// cookie so that the browser sends them with every request, downloads included); a request that brings
// them back is read after them (server/db/causal-chain.ts). A cookie rather than client code: every
// request the browser makes carries it, a form post or an export link as much as the data layer's calls.
// It lives a minute: replication lags by moments, and a bookmark of a database since replaced must not
// outlive them.
import type { Request, RequestHandler, Response } from 'express';
import { inCausalChain } from '../db/causal-chain.ts';
import { cookieValue } from './cookies.ts';
import { InputError } from './errors.ts';

export const BOOKMARK_HEADER = 'Ringside-Bookmark';
export const BOOKMARK_COOKIE = 'ringside_bookmark';
const COOKIE_SECONDS = 60;
/** Neo4j 5's bookmarks (`FB:` and base64); a request carries a few at most. */
const BOOKMARK = /^FB:[\w+/=-]{1,200}$/;
const MAX_BOOKMARKS = 8;

export function carryBookmarks(): RequestHandler {
  return (request, response, next) => {
    const header = request.get(BOOKMARK_HEADER);
    let bookmarks: string[];
    if (header !== undefined) {
      const parsed = parseBookmarks(header);
      if (!parsed) {
        return next(
          new InputError(`The ${BOOKMARK_HEADER} header is not a list of bookmarks this server gave.`, {
            header: BOOKMARK_HEADER,
          }),
        );
      }
      bookmarks = parsed;
    } else {
      // A damaged cookie is dropped, not refused: the browser would send it with every request.
      bookmarks = parseBookmarks(cookieValue(request, BOOKMARK_COOKIE) ?? '') ?? [];
    }
    inCausalChain({ bookmarks, onWrite: (written) => giveBookmarks(request, response, written) }, next);
  };
}

/** Forgets the bookmarks a client sent (the database refused them: replaced, or another one's). */
export function dropBookmarks(response: Response): void {
  if (!response.headersSent) response.clearCookie(BOOKMARK_COOKIE, { path: '/api' });
}

function giveBookmarks(request: Request, response: Response, bookmarks: string[]): void {
  if (response.headersSent || bookmarks.length === 0) return;
  const value = bookmarks.join(' ');
  response.setHeader(BOOKMARK_HEADER, value);
  response.cookie(BOOKMARK_COOKIE, encodeURIComponent(value), {
    httpOnly: true,
    sameSite: 'strict',
    secure: request.secure,
    path: '/api',
    maxAge: COOKIE_SECONDS * 1000,
  });
}

function parseBookmarks(value: string): string[] | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return undefined;
  }
  const bookmarks = decoded.split(/[\s,]+/).filter(Boolean);
  if (bookmarks.length > MAX_BOOKMARKS || !bookmarks.every((bookmark) => BOOKMARK.test(bookmark)))
    return undefined;
  return bookmarks;
}
