// Ids of block requests and dealer flags: a prefix, the day, and random hex (`BR-20261123-9F2C41A7`), so
// a reader can tell their kind and age and nobody can guess the next one.
import { randomBytes } from 'node:crypto';

export const newDecisionId = (prefix: 'BR' | 'DF'): string =>
  `${prefix}-${new Date().toISOString().slice(0, 10).replaceAll('-', '')}-${randomBytes(4).toString('hex').toUpperCase()}`;

export const DECISION_ID_PATTERN = /^(BR|DF)-\d{8}-[0-9A-F]{8}$/;
