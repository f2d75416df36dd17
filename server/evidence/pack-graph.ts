// The graph picture of an evidence pack, drawn in vector: handsets, numbers, identities, dealers and
// complaints in the canvas's colours and shapes (client/src/explorer/graph-style.ts; a unit test keeps the
// two the same), on concentric rings by kind. The layout is deterministic: the first kind is spread
// evenly in key order, each next kind placed by the mean angle of its neighbours already placed, so
// related nodes sit near each other and the same data always gives the same picture.
import type { PdfDocument } from './pack-text.ts';
import type { EvidencePack } from './pack-data.ts';

export const KIND_COLOURS = {
  Handset: '#c0392b',
  SIM: '#2874a6',
  Dealer: '#7d3c98',
  Identity: '#138d75',
  Complaint: '#ca6f1e',
} as const;
export type GraphKind = keyof typeof KIND_COLOURS;

const RING_ORDER: GraphKind[] = ['Handset', 'SIM', 'Identity', 'Dealer', 'Complaint'];
/** Nodes of one kind drawn at most: a picture of thousands says nothing; the tables list them all. */
const MOST_A_KIND = 120;
const LABELS_UP_TO = 40;

interface GraphNode {
  id: string;
  kind: GraphKind;
  label: string;
}

export interface PlacedNode extends GraphNode {
  x: number;
  y: number;
}

export interface PackGraph {
  nodes: PlacedNode[];
  edges: [string, string][];
  /** Nodes left out of the picture (over MOST_A_KIND of a kind). */
  leftOut: number;
}

function graphOf(pack: EvidencePack): { nodes: GraphNode[]; edges: [string, string][]; leftOut: number } {
  const reported = new Set(pack.complaints.flatMap((complaint) => complaint.msisdns));
  const all: GraphNode[] = [
    ...pack.handsets.map((h) => ({ id: `Handset:${h.imei}`, kind: 'Handset' as const, label: h.imei })),
    // Numbers victims reported first: when not all can be drawn, those tie the complaints to the rest.
    ...[
      ...pack.numbers.filter((n) => reported.has(n.msisdn)),
      ...pack.numbers.filter((n) => !reported.has(n.msisdn)),
    ].map((n) => ({ id: `SIM:${n.msisdn}`, kind: 'SIM' as const, label: n.msisdn })),
    ...pack.identities.map((i) => ({ id: `Identity:${i.key}`, kind: 'Identity' as const, label: i.key })),
    ...pack.dealers.map((d) => ({ id: `Dealer:${d.posId}`, kind: 'Dealer' as const, label: d.posId })),
    ...pack.complaints.map((c) => ({
      id: `Complaint:${c.ackNo}`,
      kind: 'Complaint' as const,
      label: c.ackNo,
    })),
  ];
  const counts = new Map<GraphKind, number>();
  const nodes = all.filter((node) => {
    const seen = (counts.get(node.kind) ?? 0) + 1;
    counts.set(node.kind, seen);
    return seen <= MOST_A_KIND;
  });
  const drawn = new Set(nodes.map((node) => node.id));
  const edges: [string, string][] = [];
  for (const number of pack.numbers) {
    const sim = `SIM:${number.msisdn}`;
    for (const imei of number.imeis) edges.push([sim, `Handset:${imei}`]);
    if (number.kycId) edges.push([sim, `Identity:${number.kycId}`]);
    if (number.posId) edges.push([sim, `Dealer:${number.posId}`]);
  }
  for (const complaint of pack.complaints) {
    for (const msisdn of complaint.msisdns) edges.push([`Complaint:${complaint.ackNo}`, `SIM:${msisdn}`]);
  }
  return {
    nodes,
    edges: edges.filter(([a, b]) => drawn.has(a) && drawn.has(b)),
    leftOut: all.length - nodes.length,
  };
}

const circularMean = (angles: number[]): number =>
  Math.atan2(
    angles.reduce((sum, angle) => sum + Math.sin(angle), 0),
    angles.reduce((sum, angle) => sum + Math.cos(angle), 0),
  );

/** The pack's graph laid out in a unit disc (radius 1, centre 0,0). */
export function layoutPackGraph(pack: EvidencePack): PackGraph {
  const { nodes, edges, leftOut } = graphOf(pack);
  const neighbours = new Map<string, string[]>();
  for (const [a, b] of edges) {
    neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
    neighbours.set(b, [...(neighbours.get(b) ?? []), a]);
  }
  const rings = RING_ORDER.map((kind) => nodes.filter((node) => node.kind === kind)).filter(
    (ring) => ring.length > 0,
  );
  const angleOf = new Map<string, number>();
  const placed: PlacedNode[] = [];
  rings.forEach((ring, index) => {
    const wanted = ring.map((node, order) => {
      const known = (neighbours.get(node.id) ?? []).flatMap((id) =>
        angleOf.has(id) ? [angleOf.get(id)!] : [],
      );
      return { node, order, angle: known.length > 0 ? circularMean(known) : Infinity };
    });
    wanted.sort((a, b) => a.angle - b.angle || a.order - b.order);
    // A single first node (the flagged dealer) sits in the middle, the other kinds around it.
    const isCentred = rings[0]!.length === 1;
    const radius = isCentred ? index / Math.max(1, rings.length - 1) : (index + 1) / rings.length;
    wanted.forEach(({ node }, slot) => {
      const angle = (2 * Math.PI * slot) / ring.length - Math.PI / 2;
      angleOf.set(node.id, angle);
      placed.push({ ...node, x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
  });
  return { nodes: placed, edges, leftOut };
}

function drawShape(doc: PdfDocument, kind: GraphKind, x: number, y: number, size: number): void {
  const s = size;
  switch (kind) {
    case 'Handset':
      doc.roundedRect(x - s, y - s * 0.75, 2 * s, 1.5 * s, s * 0.3);
      break;
    case 'SIM':
      doc.circle(x, y, s);
      break;
    case 'Dealer':
      doc.polygon([x, y - s * 1.2], [x + s * 1.2, y], [x, y + s * 1.2], [x - s * 1.2, y]);
      break;
    case 'Identity':
      doc.polygon(
        ...[0, 1, 2, 3, 4, 5].map((i): [number, number] => [
          x + s * Math.cos((Math.PI / 3) * i),
          y + s * Math.sin((Math.PI / 3) * i),
        ]),
      );
      break;
    case 'Complaint':
      doc.polygon([x, y - s * 1.1], [x + s * 1.1, y + s * 0.8], [x - s * 1.1, y + s * 0.8]);
      break;
  }
  doc.fillColor(KIND_COLOURS[kind]).fill();
}

export const KIND_TITLES: Record<GraphKind, string> = {
  Handset: 'Handset (IMEI)',
  SIM: 'Number (SIM)',
  Identity: 'Identity (KYC)',
  Dealer: 'Dealer (point of sale)',
  Complaint: 'Complaint',
};

/** Draws the graph in the box (x, y, width, height) with a legend above it; returns the box's bottom. */
export function drawPackGraph(
  doc: PdfDocument,
  graph: PackGraph,
  box: { x: number; y: number; width: number; height: number },
): number {
  let legendX = box.x;
  doc.fontSize(8);
  for (const kind of RING_ORDER) {
    drawShape(doc, kind, legendX + 5, box.y + 6, 4);
    doc.fillColor('#222').text(KIND_TITLES[kind], legendX + 13, box.y + 1, { lineBreak: false });
    legendX += 20 + doc.widthOfString(KIND_TITLES[kind]);
  }
  const top = box.y + 20;
  const height = box.height - 20;
  doc.rect(box.x, top, box.width, height).lineWidth(0.5).strokeColor('#999').stroke();
  const radius = Math.min(box.width, height) / 2 - 24;
  const cx = box.x + box.width / 2;
  const cy = top + height / 2;
  const at = new Map(graph.nodes.map((node) => [node.id, [cx + node.x * radius, cy + node.y * radius]]));
  doc.lineWidth(0.4).strokeColor('#8a8a8a');
  for (const [a, b] of graph.edges) {
    const [x1, y1] = at.get(a)!;
    const [x2, y2] = at.get(b)!;
    doc.moveTo(x1!, y1!).lineTo(x2!, y2!).stroke();
  }
  const size = graph.nodes.length > 200 ? 2.5 : graph.nodes.length > 80 ? 3.5 : 5;
  for (const node of graph.nodes) {
    const [x, y] = at.get(node.id)!;
    drawShape(doc, node.kind, x!, y!, size);
  }
  if (graph.nodes.length <= LABELS_UP_TO) {
    doc.fontSize(5.5).fillColor('#333');
    for (const node of graph.nodes) {
      const [x, y] = at.get(node.id)!;
      doc.text(node.label, x! - 40, y! + size + 1.5, { width: 80, align: 'center', lineBreak: false });
    }
  }
  if (graph.leftOut > 0) {
    doc
      .fontSize(7)
      .fillColor('#555')
      .text(
        `${graph.leftOut} more nodes are listed in the tables but not drawn.`,
        box.x + 4,
        top + height - 12,
        { lineBreak: false },
      );
  }
  doc.fillColor('#000');
  return top + height;
}
