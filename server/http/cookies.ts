// Reading one cookie of a request (the app sets two: the session and the bookmarks).
import type { Request } from 'express';

export function cookieValue(request: Request, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}
