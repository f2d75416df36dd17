// Rule `evasion`: numbers that used a blocked handset seen in another handset from the day of the block
// on: the first thing a farm does after a block is move its SIMs to a new phone. The new handset is the
// subject; the blocked handsets and the moved numbers are the evidence, so each further number that moves
// puts the alert back in the queue.
import { listSome, plural, readRuleRows, type AlertRule } from '../alert-rule.ts';

interface Source {
  imei: string;
  requestId: string | null;
  blockedOn: string;
  numbers: string[];
}

interface Row {
  imei: string;
  sources: Source[];
}

export const evasion: AlertRule = {
  name: 'evasion',
  description:
    'A number that used a blocked handset seen in another handset in a period starting on or after the day of the block.',
  async find(database) {
    const rows = await readRuleRows<Row>(database, 'app/alerts/evasion', {});
    return rows.map(({ imei, sources }) => {
      const numbers = [...new Set(sources.flatMap((source) => source.numbers))].sort();
      const from = sources.map(
        (source) =>
          `${source.imei} (blocked on ${source.blockedOn}` +
          (source.requestId ? `, request ${source.requestId})` : ')'),
      );
      return {
        subject: { label: 'Handset', key: imei },
        evidence: [
          ...sources.map((source) => `Handset:${source.imei}`),
          ...numbers.map((msisdn) => `SIM:${msisdn}`),
        ],
        sentence:
          `Handset ${imei} took ${plural(numbers.length, 'number', 'numbers')} of blocked ` +
          `${sources.length === 1 ? 'handset' : 'handsets'} ${listSome(from)} after the block: ` +
          `${listSome(numbers, 20)}.`,
        score: Math.min(100, 70 + 10 * numbers.length),
      };
    });
  },
};
