import {
  CAUTION_COLOUR,
  KIND_COLOURS,
  KIND_SHAPES,
  KIND_TITLES,
  LEGEND,
  REPORTED_COLOUR,
} from './graph-style.ts';

/** SVG outlines of the canvas's node shapes (Cytoscape draws them on a canvas, not in the DOM). */
const SHAPE_PATHS: Record<string, string> = {
  'round-rectangle': 'M3,2 h10 a2,2 0 0 1 2,2 v8 a2,2 0 0 1 -2,2 h-10 a2,2 0 0 1 -2,-2 v-8 a2,2 0 0 1 2,-2 z',
  ellipse: 'M8,1 a7,7 0 1 0 0.01,0 z',
  diamond: 'M8,1 L15,8 L8,15 L1,8 z',
  hexagon: 'M4,2 L12,2 L15,8 L12,14 L4,14 L1,8 z',
  'round-triangle': 'M8,2 L15,14 L1,14 z',
  triangle: 'M8,1 L15,15 L1,15 z',
  'round-tag': 'M1,4 L11,4 L15,8 L11,12 L1,12 z',
};

function ShapeIcon({ kind }: { kind: string }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      <path d={SHAPE_PATHS[KIND_SHAPES[kind] ?? 'ellipse']} fill={KIND_COLOURS[kind]} />
    </svg>
  );
}

/** What the canvas's colours, shapes, sizes and borders mean. */
export function Legend() {
  return (
    <section className="legend" aria-label="Legend">
      <h3>Legend</h3>
      <ul>
        {Object.keys(KIND_COLOURS).map((kind) => (
          <li key={kind}>
            <ShapeIcon kind={kind} /> {KIND_TITLES[kind]}
          </li>
        ))}
      </ul>
      <ul>
        <li>
          <span className="swatch" style={{ border: '2px dashed #000' }} /> {LEGEND.borders[0]!.meaning}
        </li>
        <li>
          <span className="swatch" style={{ border: '3px solid #000' }} /> {LEGEND.borders[1]!.meaning}
        </li>
        <li>
          <span className="swatch" style={{ border: `4px double ${CAUTION_COLOUR}` }} /> ⚠{' '}
          {LEGEND.borders[2]!.meaning}
        </li>
        <li>
          <span className="swatch round" style={{ outline: `3px solid ${REPORTED_COLOUR}` }} />{' '}
          {LEGEND.borders[3]!.meaning}
        </li>
        <li>
          <span className="swatch" style={{ background: '#2e86c14d' }} /> {LEGEND.marks[0]!.meaning}
        </li>
        <li>
          <span className="swatch" style={{ background: '#27ae6073' }} /> {LEGEND.marks[1]!.meaning}
        </li>
        <li>
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
            <path d="M8 9 L3 15" stroke="#1c2833" strokeWidth="2" />
            <circle cx="10" cy="6" r="5" fill="#e74c3c" stroke="#1c2833" strokeWidth="1.5" />
          </svg>{' '}
          {LEGEND.marks[2]!.meaning}
        </li>
      </ul>
      <p className="hint">{LEGEND.sizes}</p>
    </section>
  );
}
