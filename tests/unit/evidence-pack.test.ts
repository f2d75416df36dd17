import { describe, expect, it } from 'vitest';
import { KIND_COLOURS as CANVAS_COLOURS } from '../../client/src/explorer/graph-style.ts';
import { scriptRuns } from '../../server/evidence/pack-fonts.ts';
import { KIND_COLOURS, layoutPackGraph } from '../../server/evidence/pack-graph.ts';
import { canonicalJson } from '../../server/evidence/pack-hash.ts';
import type { EvidencePack } from '../../server/evidence/pack-data.ts';

describe('the canonical JSON an evidence pack is hashed by', () => {
  it('is the same whatever order the keys came in, at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: null }], c: 'x' } })).toBe(
      canonicalJson({ a: { c: 'x', d: [2, { y: null, z: 1 }] }, b: 1 }),
    );
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });

  it('keeps the order of rows and tells a change apart', () => {
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
    expect(canonicalJson({ note: 'a' })).not.toBe(canonicalJson({ note: 'b' }));
    expect(canonicalJson({ a: undefined, b: [undefined] })).toBe('{"b":[null]}');
  });
});

describe('script runs of a text', () => {
  it('writes Devanagari words (with the spaces between them) and the rupee sign apart from Latin text', () => {
    expect(scriptRuns('KYC1 लक्ष्मी देवी (₹500)')).toEqual([
      { text: 'KYC1 ', isDevanagari: false },
      { text: 'लक्ष्मी देवी', isDevanagari: true },
      { text: ' (', isDevanagari: false },
      { text: '₹', isDevanagari: true },
      { text: '500)', isDevanagari: false },
    ]);
    expect(scriptRuns('Anil Kumar')).toEqual([{ text: 'Anil Kumar', isDevanagari: false }]);
  });
});

describe('the graph picture of a pack', () => {
  const pack = {
    handsets: [{ imei: '111' }, { imei: '222' }],
    numbers: [
      { msisdn: '9000000001', imeis: ['111'], kycId: 'K1', posId: 'P1' },
      { msisdn: '9000000002', imeis: ['222'], kycId: 'K1', posId: 'P1' },
    ],
    identities: [{ key: 'K1' }],
    dealers: [{ posId: 'P1' }],
    complaints: [{ ackNo: 'A1', msisdns: ['9000000001'] }],
  } as unknown as EvidencePack;

  it('draws in the colours of the canvas', () => {
    for (const [kind, colour] of Object.entries(KIND_COLOURS)) expect(colour).toBe(CANVAS_COLOURS[kind]);
  });

  it('lays out the same data the same way, every node inside the disc, every edge between drawn nodes', () => {
    const first = layoutPackGraph(pack);
    expect(layoutPackGraph(pack)).toEqual(first);
    expect(first.nodes).toHaveLength(7);
    for (const node of first.nodes) expect(Math.hypot(node.x, node.y)).toBeLessThanOrEqual(1 + 1e-9);
    const ids = new Set(first.nodes.map((node) => node.id));
    expect(first.edges).toHaveLength(7);
    for (const [a, b] of first.edges) expect(ids.has(a) && ids.has(b)).toBe(true);
  });
});
