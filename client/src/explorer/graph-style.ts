// The canvas stylesheet: colour by kind, size by risk, border by decision status, as cytoscape.js's own
// demos key their styles by data fields.
import type { StylesheetJson } from 'cytoscape';

export const KIND_COLOURS: Record<string, string> = {
  Handset: '#c0392b',
  SIM: '#2874a6',
  Dealer: '#7d3c98',
  Identity: '#138d75',
  Victim: '#b9770e',
  Complaint: '#ca6f1e',
  More: '#7f8c8d',
};

export const graphStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(caption)',
      'font-size': 9,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      color: '#222',
      width: 22,
      height: 22,
      'background-color': '#95a5a6',
      'border-width': 1,
      'border-color': '#fff',
    },
  },
  ...Object.entries(KIND_COLOURS).map(([label, colour]) => ({
    selector: `node[label = "${label}"]`,
    style: { 'background-color': colour },
  })),
  { selector: 'node[label = "Handset"]', style: { shape: 'round-rectangle' } },
  { selector: 'node[label = "Dealer"]', style: { shape: 'diamond' } },
  { selector: 'node[label = "Complaint"]', style: { shape: 'triangle' } },
  {
    selector: 'node[label = "More"]',
    style: { shape: 'round-tag', 'font-style': 'italic', width: 16, height: 16 },
  },
  {
    selector: 'node[riskScore]',
    style: { width: 'mapData(riskScore, 0, 100, 22, 54)', height: 'mapData(riskScore, 0, 100, 22, 54)' },
  },
  {
    selector: 'node[caution]',
    style: { 'border-width': 3, 'border-color': '#f1c40f', 'border-style': 'double' },
  },
  {
    selector: 'node[status = "blocked"], node[status = "blacklisted"]',
    style: { 'border-width': 4, 'border-color': '#000' },
  },
  {
    selector:
      'node[status = "block_requested"], node[status = "flagged"], node[status = "reverification_pending"]',
    style: { 'border-width': 3, 'border-color': '#000', 'border-style': 'dashed' },
  },
  {
    selector: 'node:selected',
    style: { 'overlay-color': '#2e86c1', 'overlay-opacity': 0.25, 'overlay-padding': 4 },
  },
  {
    selector: '.highlighted',
    style: { 'underlay-color': '#f1c40f', 'underlay-opacity': 0.6, 'underlay-padding': 6 },
  },
  {
    selector: 'edge',
    style: {
      width: 1,
      'line-color': '#bbb',
      'target-arrow-color': '#bbb',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.6,
      'curve-style': 'haystack',
    },
  },
  { selector: 'edge[type = "REPORTS"]', style: { 'line-color': '#e67e22', width: 2 } },
  { selector: '.outside-window', style: { display: 'none' } },
  { selector: 'edge.highlighted', style: { 'line-color': '#f1c40f', width: 3 } },
];
