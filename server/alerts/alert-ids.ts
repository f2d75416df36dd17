// Ids of alerts, made in the app before the transaction that stores them, and the key that makes an alert
// one per rule and subject.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';

export const newAlertId = (): string => `ALERT-${randomBytes(6).toString('hex').toUpperCase()}`;

export const ALERT_ID_PATTERN = /^ALERT-[0-9A-F]{12}$/;

export const alertIdInput = z.string().regex(ALERT_ID_PATTERN, 'an alert id looks like ALERT-9F2C41A79F2C');

/** One alert per rule and subject: `high-risk-handset|Handset:356938035643809`. */
export const alertKeyOf = (rule: string, subject: string): string => `${rule}|${subject}`;
