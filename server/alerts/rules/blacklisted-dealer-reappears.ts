// Rule `blacklisted-dealer-reappears`: a blacklisted dealer turning up again at another point of sale: the
// identities that bought from it buying new numbers there from the day of the blacklist on (at least
// MIN_IDENTITIES of them: one customer changing shop is ordinary), or a point of sale registered since
// under its name. The other point of sale is the subject.
import neo4j from 'neo4j-driver';
import { MAX_EVIDENCE, plural, readRuleRows, type AlertHit, type AlertRule } from '../alert-rule.ts';

export const MIN_IDENTITIES = 2;

interface Row {
  posId: string;
  name: string;
  blacklistedPosId: string;
  blacklistedName: string;
  blacklistedOn: string;
  identities: string[];
  identityCount: number;
  numbers: string[];
  numberCount: number;
  sameName: boolean;
}

export const blacklistedDealerReappears: AlertRule = {
  name: 'blacklisted-dealer-reappears',
  description: `A blacklisted dealer's name, or ${MIN_IDENTITIES} or more of its buyers' identities, at another point of sale after the blacklist.`,
  async find(database) {
    const rows = await readRuleRows<Row>(database, 'app/alerts/blacklisted-dealer-reappears', {
      minIdentities: neo4j.int(MIN_IDENTITIES),
      maxEvidence: neo4j.int(MAX_EVIDENCE),
    });
    const byPointOfSale = new Map<string, Row[]>();
    for (const row of rows) byPointOfSale.set(row.posId, [...(byPointOfSale.get(row.posId) ?? []), row]);
    return [...byPointOfSale.values()].map(hitOf);
  },
};

function hitOf(rows: Row[]): AlertHit {
  const { posId, name } = rows[0]!;
  const parts = rows.map((row) => {
    const what: string[] = [];
    if (row.sameName) what.push('trades under its name');
    if (row.identityCount > 0) {
      what.push(
        `sold ${plural(row.numberCount, 'number', 'numbers')} since to ` +
          `${plural(row.identityCount, 'identity', 'identities')} that had bought from it`,
      );
    }
    return `${row.blacklistedName} (${row.blacklistedPosId}, blacklisted on ${row.blacklistedOn}): ${what.join(' and ')}`;
  });
  const identities = [...new Set(rows.flatMap((row) => row.identities))].sort();
  const numbers = [...new Set(rows.flatMap((row) => row.numbers))].sort();
  return {
    subject: { label: 'Dealer', key: posId },
    evidence: [
      ...rows.map((row) => `Dealer:${row.blacklistedPosId}`),
      ...identities.map((kycId) => `Identity:${kycId}`),
      ...numbers.map((msisdn) => `SIM:${msisdn}`),
    ],
    sentence: `Point of sale ${name} (${posId}) looks like a blacklisted dealer come back: ${parts.join('; ')}.`,
    score: Math.min(100, 70 + 5 * identities.length + (rows.some((row) => row.sameName) ? 10 : 0)),
  };
}
