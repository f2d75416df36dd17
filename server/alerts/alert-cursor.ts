// Where a page of the alert queue ends, so the next page starts right after it: the last alert's place
// in the queue's order (score, then the time it was raised, then its id). A place, not a count: an alert
// triaged out of the first page while an officer reads does not push one of the next page out of sight,
// as an offset would. Opaque to clients (base64url of JSON), checked when it comes back.
import { z } from 'zod';
import { ALERT_ID_PATTERN } from './alert-ids.ts';

/** The queue's order, as the list statement sorts it: `createdAt` as Neo4j writes it, to the nanosecond. */
export interface AlertCursor {
  score: number;
  createdAt: string;
  id: string;
}

const cursorShape = z.object({
  score: z.number(),
  createdAt: z.iso.datetime({ offset: true, local: false }),
  id: z.string().regex(ALERT_ID_PATTERN),
});

export const encodeAlertCursor = (cursor: AlertCursor): string =>
  Buffer.from(JSON.stringify([cursor.score, cursor.createdAt, cursor.id])).toString('base64url');

/** A cursor as the list answered it (`next`); anything else is refused (400). */
export const alertCursorInput = z
  .string()
  .max(200)
  .transform((text, context): AlertCursor => {
    try {
      const [score, createdAt, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
      const parsed = cursorShape.safeParse({ score, createdAt, id });
      if (parsed.success) return parsed.data;
    } catch {
      // not JSON: refused below
    }
    context.addIssue({ code: 'custom', message: 'not a cursor the alert list answered (its next)' });
    return z.NEVER;
  });
