// Victims' complaints: NCRP reports (with the money lost) and Chakshu reports of suspected fraud
// communication (no money), naming one or more numbers written the way people write them.
import { RECORDS_END, type SeedContext } from './context.ts';
import { formatDay } from './identifiers.ts';
import { weightedChoice, type Random } from './random.ts';
import { COMPLAINT_CATEGORY_WEIGHTS, COMPLAINT_CHANNEL_WEIGHTS, VICTIM_PLACES } from './world.ts';

const pickCategory = weightedChoice(COMPLAINT_CATEGORY_WEIGHTS);
const pickChannel = weightedChoice(COMPLAINT_CHANNEL_WEIGHTS);
const pickPlace = weightedChoice(VICTIM_PLACES);

/** A victim's way of writing a number: the importer normalises all of them to the 10 digits. */
function asWrittenByVictim(random: Random, msisdn: string): string {
  const roll = random.float();
  if (roll < 0.5) return msisdn;
  if (roll < 0.7) return `+91${msisdn}`;
  if (roll < 0.85) return `+91 ${msisdn.slice(0, 5)} ${msisdn.slice(5)}`;
  if (roll < 0.95) return `0${msisdn}`;
  return `${msisdn.slice(0, 5)}-${msisdn.slice(5)}`;
}

/**
 * Writes a complaint against these numbers, filed on `day` (no later than `lastDay`, by default the base's
 * records end); returns its number.
 */
export function fileComplaint(
  context: SeedContext,
  suspects: readonly string[],
  day: number,
  lastDay = RECORDS_END,
): string {
  const { random } = context;
  const reportedOn = Math.min(day, lastDay);
  const isNcrp = random.chance(0.75);
  const date = formatDay(reportedOn).replaceAll('-', '').slice(2); // yymmdd, as the portals print it
  const serial = String(context.nextComplaintSerial()).padStart(7, '0');
  const ackNo = isNcrp ? `3${date}${serial}` : `CHK${date}${serial}`;
  const place = pickPlace(random);
  // Money lost is heavy-tailed: most lose thousands, a few lose lakhs.
  const amount = isNcrp ? String(Math.round(Math.exp(random.normal(9.3, 1.3)))) : '';
  context.output.write('complaints.csv', {
    ack_no: ackNo,
    source: isNcrp ? 'NCRP' : 'CHAKSHU',
    category: pickCategory(random),
    channel: pickChannel(random),
    reported_on: formatDay(reportedOn),
    amount_inr: amount,
    victim_id: context.nextVictimId(),
    state: place.state,
    district: random.pick(place.districts),
    suspect_msisdns: suspects.map((msisdn) => asWrittenByVictim(random, msisdn)).join(';'),
  });
  return ackNo;
}
