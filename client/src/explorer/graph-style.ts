// The canvas stylesheet, as cytoscape.js's own demos key their styles by data fields: colour and shape by
// kind, size and colour depth by risk, a border by decision status, an outline for numbers victims
// reported, and a caution style (magenta, double) that neither selection (blue overlay) nor a highlighted
// path (green underlay) shares. LEGEND describes the same rules for the legend and the help panel.
import type { NodeSingular, StylesheetJson } from 'cytoscape';
import { formatCount, formatInr } from '../format.ts';
import { packedGroupSize } from './compound-layout.ts';

export const KIND_COLOURS: Record<string, string> = {
  Handset: '#c0392b',
  SIM: '#2874a6',
  Dealer: '#7d3c98',
  Identity: '#138d75',
  Victim: '#b9770e',
  Complaint: '#ca6f1e',
  More: '#7f8c8d',
  Group: '#5d6d7e',
};

export const KIND_SHAPES: Record<string, string> = {
  Handset: 'round-rectangle',
  SIM: 'ellipse',
  Dealer: 'diamond',
  Identity: 'hexagon',
  Victim: 'round-triangle',
  Complaint: 'triangle',
  More: 'round-tag',
  Group: 'round-rectangle',
};

export const KIND_TITLES: Record<string, string> = {
  Handset: 'Handset (IMEI)',
  SIM: 'Number (SIM)',
  Dealer: 'Dealer (point of sale)',
  Identity: 'Identity (KYC)',
  Victim: 'Victim',
  Complaint: 'Complaint',
  More: '+N more (double-click)',
  Group: 'Group of neighbours, with its count (double-click opens)',
};

export const CAUTION_COLOUR = '#d81b60';
export const REPORTED_COLOUR = '#f39c12';
const SELECTED_COLOUR = '#2e86c1';
const PATH_COLOUR = '#27ae60';
/** A push-pin (red head, dark needle), drawn by Cytoscape as an image: no emoji font is needed. */
const PIN_IMAGE = `data:image/svg+xml;utf8,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16">' +
    '<path d="M8 9 L3 15" stroke="#1c2833" stroke-width="2"/>' +
    '<circle cx="10" cy="6" r="5" fill="#e74c3c" stroke="#1c2833" stroke-width="1.5"/></svg>',
)}`;

export const LEGEND = {
  borders: [
    { style: 'dashed black', meaning: 'block requested, flagged, re-verification pending' },
    { style: 'solid black', meaning: 'blocked or blacklisted' },
    {
      style: 'double magenta ⚠',
      meaning:
        'caution: an innocent look-alike (cloned IMEI, test phone, activation desk, repair shop, second-hand)',
    },
    { style: 'orange ring', meaning: 'number reported by victims (count in label)' },
  ],
  sizes: 'Bigger and darker: higher risk score (0–100).',
  marks: [
    { style: 'blue haze', meaning: 'selected' },
    { style: 'green glow', meaning: 'highlighted (path, opened ring)' },
    { style: 'red pin', meaning: 'pinned: stays put through layouts' },
  ],
};

const shownOf = (node: NodeSingular) => Number(node.data('shown') ?? 0);
const groupLabelSize = (node: NodeSingular) => Math.round(12 + 2.8 * Math.sqrt(shownOf(node)));

/** "…123456": the last six digits tell handsets of a ring apart; the panel shows all fifteen. */
export const shortImei = (imei: string) => `…${imei.slice(-6)}`;

export function nodeLabel(node: NodeSingular): string {
  const data = node.data() as Record<string, unknown>;
  const caution = data.caution ? '⚠ ' : '';
  switch (data.label) {
    case 'Handset':
      return `${caution}${shortImei(String(data.key))}\n${String(data.model ?? data.caption ?? '')}`;
    case 'SIM': {
      const complaints = Number(data.complaints ?? 0);
      return complaints > 0
        ? `${String(data.key)}\n⚑ ${formatCount(complaints, 'complaint')}`
        : String(data.key);
    }
    default:
      return `${caution}${String(data.caption ?? data.key ?? '')}`;
  }
}

export const graphStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: nodeLabel,
      'font-size': 10,
      'text-wrap': 'wrap',
      'text-max-width': '110px',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-background-color': '#fff',
      'text-background-opacity': 0.7,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 7,
      color: '#222',
      width: 24,
      height: 24,
      'background-color': '#95a5a6',
      'border-width': 1,
      'border-color': '#fff',
    },
  },
  ...Object.entries(KIND_COLOURS).map(([label, colour]) => ({
    selector: `node[label = "${label}"]`,
    style: { 'background-color': colour, shape: KIND_SHAPES[label] as never },
  })),
  {
    // At a ring's default zoom the handsets, dealers and identities stay labelled; numbers and
    // complaints get their labels as one zooms in.
    selector: 'node[label = "Handset"], node[label = "Dealer"], node[label = "Identity"]',
    style: { 'font-size': 14, 'font-weight': 'bold' },
  },
  {
    selector: 'node[label = "More"]',
    style: { 'font-style': 'italic', width: 16, height: 16, 'font-size': 9 },
  },
  {
    // A supernode's group, collapsed: a tile of its members' kind, as big as their number says.
    selector: 'node[label = "Group"]',
    style: {
      'text-valign': 'center',
      'text-halign': 'center',
      'font-size': 12,
      'font-weight': 'bold',
      'min-zoomed-font-size': 0,
      color: '#fff',
      'text-outline-color': '#1c2833',
      'text-outline-width': 1,
      'text-background-opacity': 0,
      'text-max-width': '150px',
      width: 'mapData(count, 1, 300, 150, 210)',
      height: 'mapData(count, 1, 300, 44, 80)',
      'border-width': 3,
      'border-style': 'double',
      'border-color': '#fff',
    },
  },
  ...Object.entries(KIND_COLOURS).map(([label, colour]) => ({
    selector: `node[label = "Group"][kind = "${label}"]`,
    style: { 'background-color': colour },
  })),
  {
    // An opened group: a Cytoscape compound node around its members, labelled above them. Its box grows
    // with the square root of its members (a disc of them), and so does its label: at the zoom that fits
    // the group, its kind, value and count read as well as a handset's label.
    selector: 'node[label = "Group"]:parent',
    style: {
      'font-size': groupLabelSize,
      'text-max-width': (node: NodeSingular) => `${Math.round(packedGroupSize(shownOf(node)))}px`,
      'background-opacity': 0.07,
      'border-width': 2,
      'border-style': 'dashed',
      'border-color': '#5d6d7e',
      'text-valign': 'top',
      'text-halign': 'center',
      color: '#1c2833',
      'text-background-opacity': 0.8,
      'text-background-color': '#fff',
      padding: '14px',
      'text-outline-width': 0,
    },
  },
  {
    // Risk on one scale: size and depth of colour grow together.
    selector: 'node[riskScore]',
    style: {
      width: 'mapData(riskScore, 0, 100, 24, 56)',
      height: 'mapData(riskScore, 0, 100, 24, 56)',
      'background-opacity': 'mapData(riskScore, 0, 100, 0.55, 1)' as never,
    },
  },
  {
    selector: 'node[complaints > 0]',
    style: { 'outline-width': 4, 'outline-color': REPORTED_COLOUR, 'outline-offset': 1 },
  },
  {
    selector:
      'node[status = "block_requested"], node[status = "flagged"], node[status = "reverification_pending"]',
    style: { 'border-width': 3, 'border-color': '#000', 'border-style': 'dashed' },
  },
  {
    selector: 'node[status = "blocked"], node[status = "blacklisted"], node[status = "disconnected"]',
    style: { 'border-width': 4, 'border-color': '#000', 'border-style': 'solid' },
  },
  {
    selector: 'node[caution]',
    style: {
      'border-width': 6,
      'border-color': CAUTION_COLOUR,
      'border-style': 'double',
      color: CAUTION_COLOUR,
    },
  },
  {
    // A pinned node: a pin at its top right, whatever its kind, status or size.
    selector: 'node[?pinned]',
    style: {
      'background-image': PIN_IMAGE,
      'background-width': '16px',
      'background-height': '16px',
      'background-position-x': '100%',
      'background-position-y': '0%',
      'background-clip': 'none',
      'background-image-containment': 'over',
      'bounds-expansion': 10,
    } as never,
  },
  {
    selector: 'node:selected',
    style: { 'overlay-color': SELECTED_COLOUR, 'overlay-opacity': 0.3, 'overlay-padding': 5 },
  },
  {
    // Selected, an opened group shows it by its border: a haze over all its members would hide them.
    selector: 'node[label = "Group"]:parent:selected',
    style: { 'overlay-opacity': 0, 'border-color': SELECTED_COLOUR, 'border-width': 4 },
  },
  {
    // The keyboard cursor: a thick dark ring that none of the other marks uses.
    selector: 'node.cursor',
    style: {
      'outline-width': 3,
      'outline-color': '#1c2833',
      'outline-offset': 4,
      'outline-style': 'dashed' as never,
    },
  },
  {
    selector: 'node.highlighted',
    style: { 'underlay-color': PATH_COLOUR, 'underlay-opacity': 0.45, 'underlay-padding': 7 },
  },
  {
    selector: 'edge',
    style: {
      width: 1.2,
      'line-color': '#b3b6b7',
      'target-arrow-color': '#b3b6b7',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.7,
      'curve-style': 'straight',
    },
  },
  {
    // Links drawn in bulk (a canvas of thousands, big-canvas.ts): plain lines, a third cheaper to draw.
    selector: 'edge.bulk',
    style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none' },
  },
  {
    // Nodes drawn in bulk have no label until the view is close enough to read it (bulk-labels.ts).
    selector: 'node.bulk',
    style: { label: '' },
  },
  { selector: 'edge[type = "MORE"]', style: { 'line-style': 'dotted', 'target-arrow-shape': 'none' } },
  {
    selector: 'edge[type = "GROUP"]',
    style: { 'line-style': 'dashed', 'target-arrow-shape': 'none', width: 2, 'line-color': '#85929e' },
  },
  {
    selector: 'edge[type = "REPORTS"]',
    style: { 'line-color': '#e67e22', 'target-arrow-color': '#e67e22', width: 2 },
  },
  { selector: 'edge:selected', style: { 'line-color': SELECTED_COLOUR, width: 3 } },
  {
    selector: 'edge.highlighted',
    style: { 'line-color': PATH_COLOUR, 'target-arrow-color': PATH_COLOUR, width: 4 },
  },
  { selector: '.filtered', style: { display: 'none' } },
];

/** What a hover shows: a link's type and dates, a reported number's complaints and money lost. */
export function hoverText(data: Record<string, unknown>, isEdge: boolean): string {
  if (isEdge) {
    const type = String(data.type ?? '')
      .toLowerCase()
      .replaceAll('_', ' ');
    const dates = data.firstSeen ? ` (${String(data.firstSeen)} – ${String(data.lastSeen ?? '')})` : '';
    return `${type}${dates}`;
  }
  const lines = [`${String(data.label)} ${String(data.key)}`];
  if (data.label === 'Handset' && data.caption) lines.push(String(data.caption));
  if (typeof data.riskScore === 'number') lines.push(`risk ${Math.round(data.riskScore)}`);
  if (Number(data.complaints ?? 0) > 0)
    lines.push(
      `${formatCount(Number(data.complaints), 'complaint')}, ${formatInr(Number(data.amountLostInr ?? 0))} lost`,
    );
  if (data.caution) lines.push(`⚠ caution: ${String(data.caution).replaceAll('_', ' ')}`);
  return lines.join('\n');
}
