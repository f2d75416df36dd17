// The canvas as files: SVG (a picture that stays sharp in a report) and JSON (nodes, links and
// positions, for another tool or a later import), besides Cytoscape's own PNG. Only what is shown on
// the canvas goes out: filtered-out elements stay behind, as they do in the picture.
import type { Core, NodeSingular } from 'cytoscape';
import { nodeLabel } from './graph-style.ts';

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[char]!,
  );

/** A node's shape as an SVG element name and its geometry, centred on (x, y), w wide and h high. */
function shapeOf(shape: string, x: number, y: number, w: number, h: number): [tag: string, geometry: string] {
  const polygon = (corners: [number, number][]): [string, string] => [
    'polygon',
    `points="${corners.map(([px, py]) => `${(x + (px * w) / 2).toFixed(1)},${(y + (py * h) / 2).toFixed(1)}`).join(' ')}"`,
  ];
  switch (shape) {
    case 'round-rectangle':
    case 'rectangle':
      return [
        'rect',
        `x="${(x - w / 2).toFixed(1)}" y="${(y - h / 2).toFixed(1)}" width="${w}" height="${h}" rx="${shape === 'rectangle' ? 0 : 4}"`,
      ];
    case 'diamond':
      return polygon([[0, -1], [1, 0], [0, 1], [-1, 0]]); // prettier-ignore
    case 'hexagon':
      return polygon([[-0.5, -1], [0.5, -1], [1, 0], [0.5, 1], [-0.5, 1], [-1, 0]]); // prettier-ignore
    case 'triangle':
    case 'round-triangle':
      return polygon([[0, -1], [1, 1], [-1, 1]]); // prettier-ignore
    default:
      return ['ellipse', `cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" rx="${w / 2}" ry="${h / 2}"`];
  }
}

/** A node's label as drawn; a node of a big drawing not labelled yet (bulk-labels.ts) gets its own. */
const labelOf = (node: NodeSingular) =>
  (node.hasClass('bulk') ? nodeLabel(node) : String(node.style('label') ?? '')).split('\n');

export function canvasSvg(instance: Core): string {
  const nodes = instance.nodes(':visible');
  const edges = instance.edges(':visible');
  const box = instance.elements(':visible').boundingBox({ includeLabels: true });
  const margin = 20;
  const parts: string[] = [];
  edges.forEach((edge) => {
    const { x: x1, y: y1 } = edge.source().position();
    const { x: x2, y: y2 } = edge.target().position();
    parts.push(
      `<line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" stroke="${edge.style('line-color')}" stroke-width="${parseFloat(edge.style('width'))}"${edge.style('line-style') === 'dotted' ? ' stroke-dasharray="2,3"' : ''}/>`,
    );
  });
  nodes.forEach((node) => {
    const { x, y } = node.position();
    const border = parseFloat(node.style('border-width'));
    const [tag, geometry] = shapeOf(node.style('shape'), x, y, node.width(), node.height());
    const dashed = node.style('border-style') === 'dashed' ? ' stroke-dasharray="4,2"' : '';
    const title = escapeXml(`${String(node.data('label'))} ${String(node.data('key'))}`);
    parts.push(
      `<${tag} ${geometry} fill="${node.style('background-color')}" fill-opacity="${node.style('background-opacity')}" stroke="${node.style('border-color')}" stroke-width="${border}"${dashed}><title>${title}</title></${tag}>`,
    );
    const lines = labelOf(node);
    const fontSize = parseFloat(node.style('font-size'));
    lines.forEach((line, index) => {
      if (!line) return;
      parts.push(
        `<text x="${x.toFixed(1)}" y="${(y + node.height() / 2 + 3 + fontSize * (index + 1)).toFixed(1)}" font-size="${fontSize}" font-family="sans-serif" text-anchor="middle" fill="${node.style('color')}">${escapeXml(line)}</text>`,
      );
    });
  });
  const [x, y] = [box.x1 - margin, box.y1 - margin];
  const [width, height] = [box.w + 2 * margin, box.h + 2 * margin];
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x.toFixed(1)} ${y.toFixed(1)} ${width.toFixed(1)} ${height.toFixed(1)}" width="${Math.round(width)}" height="${Math.round(height)}">
<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${width.toFixed(1)}" height="${height.toFixed(1)}" fill="#fff"/>
${parts.join('\n')}
</svg>
`;
}

export interface CanvasJson {
  nodes: { id: string; data: Record<string, unknown>; position: { x: number; y: number } }[];
  edges: { id: string; source: string; target: string; data: Record<string, unknown> }[];
}

export function canvasJson(instance: Core): CanvasJson {
  return {
    nodes: instance.nodes(':visible').map((node) => ({
      id: node.id(),
      data: node.data() as Record<string, unknown>,
      position: { ...node.position() },
    })),
    edges: instance.edges(':visible').map((edge) => ({
      id: edge.id(),
      source: edge.source().id(),
      target: edge.target().id(),
      data: edge.data() as Record<string, unknown>,
    })),
  };
}

/** Saves text as a file through the browser's download. */
export function downloadText(text: string, fileName: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  downloadUrl(url, fileName);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadUrl(url: string, fileName: string) {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}
