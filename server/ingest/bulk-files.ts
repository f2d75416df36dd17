// The graph of a validated folder as files for Neo4j's offline importer (`neo4j-admin database import
// full`): one file per label and relationship type, in its header format. It must make exactly the graph
// that the transactional statements in cypher/app/ingest/ make: the same labels, keys, property names and
// types (dates as dates, amounts as floats), the same defaults (status `active`, a handset's TAC), one node
// per key and one relationship per fact, however often a row repeats it.
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import type { FileName } from './contract.ts';
import type { ValidatedRow } from './validate-row.ts';

/** What the importer is told: `--nodes=Label=file` or `--relationships=TYPE=file`. */
export interface BulkFile {
  kind: 'nodes' | 'relationships';
  /** The label of the nodes or the type of the relationships. */
  name: string;
  file: string;
  rows: number;
}

type Column = { header: string; value: (row: ValidatedRow) => unknown };

/** A column named after the graph's property; `type` is the importer's (`date`, `double`, `ID(…)`). */
const property = (name: string, column: string, type?: string): Column => ({
  header: type ? `${name}:${type}` : name,
  value: (row) => row[column],
});
const constant = (name: string, value: string): Column => ({ header: name, value: () => value });
/** The importer's key columns: a node's key (also stored as its property), a relationship's two ends. */
const nodeId = (name: string, label: string, column: string) => property(name, column, `ID(${label})`);
const startId = (label: string, column: string) => property('', column, `START_ID(${label})`);
const endId = (label: string, column: string) => property('', column, `END_ID(${label})`);

/** Every file the importer gets, with the columns that make its properties (see cypher/app/ingest/). */
const LAYOUT = {
  Dealer: [
    nodeId('posId', 'Dealer', 'pos_id'),
    property('name', 'name'),
    property('operator', 'operator'),
    property('circle', 'circle'),
    property('registeredOn', 'registered_on', 'date'),
    constant('status', 'active'),
  ],
  Identity: [
    nodeId('kycId', 'Identity', 'kyc_id'),
    property('docType', 'doc_type'),
    property('name', 'name'),
    property('photoHash', 'photo_hash'),
  ],
  Handset: [
    nodeId('imei', 'Handset', 'imei'),
    constant('status', 'active'),
    { header: 'tac', value: (row) => String(row.imei).slice(0, 8) },
    property('brand', 'brand'),
    property('model', 'model'),
  ],
  SIM: [
    nodeId('msisdn', 'SIM', 'msisdn'),
    { header: 'status', value: (row) => row.status ?? 'active' },
    property('operator', 'operator'),
    property('circle', 'circle'),
    property('activatedOn', 'activated_on', 'date'),
  ],
  Victim: [
    nodeId('victimId', 'Victim', 'victim_id'),
    property('state', 'state'),
    property('district', 'district'),
  ],
  Complaint: [
    nodeId('ackNo', 'Complaint', 'ack_no'),
    property('source', 'source'),
    property('category', 'category'),
    property('channel', 'channel'),
    property('reportedOn', 'reported_on', 'date'),
    property('amountInr', 'amount_inr', 'double'),
  ],
  ISSUED_BY: [startId('SIM', 'msisdn'), endId('Dealer', 'pos_id')],
  REGISTERED_TO: [startId('SIM', 'msisdn'), endId('Identity', 'kyc_id')],
  USED_IN: [
    startId('SIM', 'msisdn'),
    endId('Handset', 'imei'),
    property('firstSeen', 'first_seen', 'date'),
    property('lastSeen', 'last_seen', 'date'),
  ],
  FILED: [startId('Victim', 'victim_id'), endId('Complaint', 'ack_no')],
  REPORTS: [startId('Complaint', 'ack_no'), endId('SIM', 'msisdn')],
} satisfies Record<string, Column[]>;

type Target = keyof typeof LAYOUT;
const NODE_LABELS = new Set<Target>(['Dealer', 'Identity', 'Handset', 'SIM', 'Victim', 'Complaint']);

/** A field as the importer reads it: absent values empty (no property), text always quoted. */
function field(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return String(value);
  return `"${String(value).replaceAll('"', '""')}"`;
}

/** One output file, written in large chunks, waiting for the disk when it falls behind. */
class BulkFileWriter {
  rows = 0;
  private buffer: string[] = [];
  private bufferedChars = 0;
  private readonly stream: WriteStream;

  constructor(
    readonly file: string,
    private readonly columns: Column[],
  ) {
    this.stream = createWriteStream(file);
    this.stream.write(columns.map((column) => column.header).join(',') + '\n');
  }

  add(row: ValidatedRow): void {
    const line = this.columns.map((column) => field(column.value(row))).join(',') + '\n';
    this.buffer.push(line);
    this.bufferedChars += line.length;
    this.rows++;
  }

  async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.bufferedChars = 0;
    if (!this.stream.write(chunk))
      await new Promise<void>((resolve) => this.stream.once('drain', () => resolve()));
  }

  get isFull(): boolean {
    return this.bufferedChars > 1 << 20;
  }

  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) =>
      this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
  }
}

/**
 * Takes the folder's valid rows file by file (as `validateFolder` hands them over) and writes the
 * importer's files into `outDir`. Memory grows with the keys of the folder (to keep one node per key),
 * not with its rows.
 */
export class BulkFiles {
  private readonly writers = new Map<Target, BulkFileWriter>();
  private readonly seen = {
    Dealer: new Set<string>(),
    Identity: new Set<string>(),
    Handset: new Set<string>(),
    SIM: new Set<string>(),
    Complaint: new Set<string>(),
    USED_IN: new Set<string>(),
  };
  /** A victim's place is the last one its complaints give, as the transactional path's SET leaves it. */
  private readonly victims = new Map<string, ValidatedRow>();

  constructor(private readonly outDir: string) {
    mkdirSync(outDir, { recursive: true });
  }

  /** Rows of one contract file, in file order. */
  async add(file: FileName, rows: ValidatedRow[]): Promise<void> {
    for (const row of rows) this.addRow(file, row);
    for (const writer of this.writers.values()) if (writer.isFull) await writer.flush();
  }

  /** Writes what is left and names the files for the importer. */
  async finish(): Promise<BulkFile[]> {
    for (const victim of this.victims.values()) this.write('Victim', victim);
    const files: BulkFile[] = [];
    for (const [target, writer] of this.writers) {
      await writer.close();
      files.push({
        kind: NODE_LABELS.has(target) ? 'nodes' : 'relationships',
        name: target,
        file: writer.file,
        rows: writer.rows,
      });
    }
    return files;
  }

  private addRow(file: FileName, row: ValidatedRow): void {
    switch (file) {
      case 'dealers.csv':
        if (this.isNew('Dealer', row.pos_id)) this.write('Dealer', row);
        break;
      case 'identities.csv':
        if (this.isNew('Identity', row.kyc_id)) this.write('Identity', row);
        break;
      case 'handsets.csv':
        if (this.isNew('Handset', row.imei)) this.write('Handset', row);
        break;
      case 'sims.csv':
        if (!this.isNew('SIM', row.msisdn)) break;
        this.write('SIM', row);
        this.write('ISSUED_BY', row);
        this.write('REGISTERED_TO', row);
        break;
      case 'usage.csv':
        // A handset seen only in usage is created bare, as the usage statement's MERGE does.
        if (this.isNew('Handset', row.imei)) this.write('Handset', { imei: row.imei });
        if (this.isNew('USED_IN', `${row.msisdn}|${row.imei}|${row.first_seen}|${row.last_seen}`))
          this.write('USED_IN', row);
        break;
      case 'complaints.csv':
        this.victims.set(String(row.victim_id), row);
        if (!this.isNew('Complaint', row.ack_no)) break;
        this.write('Complaint', row);
        this.write('FILED', row);
        for (const msisdn of row.suspect_msisdns as string[]) this.write('REPORTS', { ...row, msisdn });
        break;
    }
  }

  private isNew(kind: keyof BulkFiles['seen'], key: unknown): boolean {
    const keys = this.seen[kind];
    const text = String(key);
    if (keys.has(text)) return false;
    keys.add(text);
    return true;
  }

  private write(target: Target, row: ValidatedRow): void {
    let writer = this.writers.get(target);
    if (!writer) {
      writer = new BulkFileWriter(path.join(this.outDir, `${target}.csv`), LAYOUT[target]);
      this.writers.set(target, writer);
    }
    writer.add(row);
  }
}
