// Ids of cases, notes and views, made in the app before the transaction that stores them (a transaction
// the driver runs twice then finds its own work and changes nothing). A case's id says its kind and day
// (`CASE-20261123-9F2C41A7`), as block requests' ids do; notes and views are named within their case.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';

const hex = (bytes: number) => randomBytes(bytes).toString('hex').toUpperCase();

export const newCaseId = (): string =>
  `CASE-${new Date().toISOString().slice(0, 10).replaceAll('-', '')}-${hex(4)}`;
export const newNoteId = (): string => `NOTE-${hex(6)}`;
export const newViewId = (): string => `VIEW-${hex(6)}`;

export const CASE_ID_PATTERN = /^CASE-\d{8}-[0-9A-F]{8}$/;
export const NOTE_ID_PATTERN = /^NOTE-[0-9A-F]{12}$/;
export const VIEW_ID_PATTERN = /^VIEW-[0-9A-F]{12}$/;

/** A case id in a request (a path, or a block request raised from a case). */
export const caseIdInput = z.string().regex(CASE_ID_PATTERN, 'a case id looks like CASE-20261123-9F2C41A7');
