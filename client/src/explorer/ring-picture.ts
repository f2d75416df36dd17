// What an opened ring shows: its handsets, the numbers that tie them (moved between its handsets, or
// reported by victims), and those numbers' identities, dealers and complaints, so the ring reads as one
// connected picture rather than a star of numbers per handset. Each handset keeps one "+N more" for the
// numbers left out; double-clicking it fetches them page by page.
import type { QueryClient } from '@tanstack/react-query';
import type { ElementDefinition } from 'cytoscape';
import type { ExpandResult } from '../api/types.ts';
import { expandNodes, MORE_PREFIX, moreEdgeId } from './expansion.ts';
import { expandQuery } from './graph-api.ts';

const NUMBERS_EACH = 60;
const BATCH = 50;
const MIN_NUMBERS = 30;
const MAX_NUMBERS = 90;

export async function ringPicture(client: QueryClient, handsets: string[]): Promise<ElementDefinition[]> {
  const pages: ExpandResult[] = [];
  for (let start = 0; start < handsets.length; start += BATCH)
    pages.push(
      await client.fetchQuery(
        expandQuery(handsets.slice(start, start + BATCH), { types: ['USED_IN'], limit: NUMBERS_EACH }),
      ),
    );
  const nodes = pages.flatMap((page) => page.nodes);
  const edges = pages.flatMap((page) => page.edges);
  const isHandset = new Set(handsets);
  const handsetsOf = new Map<string, Set<string>>();
  for (const edge of edges) {
    const [number, handset] = isHandset.has(edge.data.target)
      ? [edge.data.source, edge.data.target]
      : [edge.data.target, edge.data.source];
    if (!handsetsOf.has(number)) handsetsOf.set(number, new Set());
    handsetsOf.get(number)!.add(handset);
  }
  // The numbers that tie most: those in the most of the ring's handsets, then those victims reported; a
  // few per handset, so the labels stay readable at the ring's default zoom.
  const touching = (node: ExpandResult['nodes'][number]) => handsetsOf.get(node.data.id)?.size ?? 0;
  const reports = (node: ExpandResult['nodes'][number]) => Number(node.data.complaints ?? 0);
  const kept = new Set(
    nodes
      .filter((node) => node.data.label === 'SIM' && (touching(node) > 1 || reports(node) > 0))
      .sort((a, b) => touching(b) - touching(a) || reports(b) - reports(a))
      .slice(0, Math.min(MAX_NUMBERS, Math.max(MIN_NUMBERS, handsets.length * 3)))
      .map((node) => node.data.id),
  );
  const keptEdges = edges.filter((edge) => kept.has(edge.data.source) || kept.has(edge.data.target));
  const totals = new Map(pages.flatMap((page) => page.truncated).map((t) => [t.node, t.total]));
  const more = handsets.flatMap((handset): ElementDefinition[] => {
    const shown = keptEdges.filter(
      (edge) => edge.data.target === handset || edge.data.source === handset,
    ).length;
    const total =
      totals.get(handset) ??
      edges.filter((e) => e.data.target === handset || e.data.source === handset).length;
    if (total <= shown) return [];
    return [
      {
        group: 'nodes',
        data: {
          id: `${MORE_PREFIX}${handset}`,
          label: 'More',
          caption: `+${total - shown} more`,
          of: handset,
          shown: 0,
          key: handset,
        },
      },
      {
        group: 'edges',
        data: { id: moreEdgeId(handset), source: handset, target: `${MORE_PREFIX}${handset}`, type: 'MORE' },
      },
    ];
  });
  const found: ElementDefinition[] = [];
  await expandNodes(
    client,
    [...kept],
    { types: ['REGISTERED_TO', 'ISSUED_BY', 'REPORTS'], limit: 4 },
    (page) =>
      found.push(...page.filter((element) => element.data.label !== 'More' && element.data.type !== 'MORE')),
  );
  // An identity ties the ring only when it holds two or more of the numbers shown.
  const holdings = new Map<string, number>();
  for (const element of found)
    if (element.data.type === 'REGISTERED_TO')
      holdings.set(element.data.target!, (holdings.get(element.data.target!) ?? 0) + 1);
  const isLoneIdentity = (id: string | undefined) =>
    id !== undefined && id.startsWith('Identity:') && (holdings.get(id) ?? 0) < 2;
  const ties = found.filter(
    (element) => !isLoneIdentity(element.data.id) && !isLoneIdentity(element.data.target),
  );
  const centres = nodes.filter((node) => isHandset.has(node.data.id) || kept.has(node.data.id));
  return [...centres, ...keptEdges, ...more, ...ties];
}
